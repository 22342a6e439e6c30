package io.reportlens.engine.metadata;

import io.reportlens.engine.SampleReport;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.sections.SectionParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

    private static ReportMetadata extract(String text) {
        return extract(text, null, SourceHints.none());
    }

    private static ReportMetadata extract(String text, String declaredTitle, SourceHints hints) {
        return EXTRACTOR.extract(new NormalizedText(text, "simplified"), declaredTitle, hints, new SectionParser().parse(text, null));
    }

    @Test
    void aDistrictReportResolvesToItsPrefectureAndProvince() {
        ReportMetadata m = extract(SampleReport.NORMALIZED);
        assertThat(m.title()).isEqualTo(SampleReport.TITLE);
        assertThat(m.issuer()).isEqualTo("江宁区卫生健康委员会");
        assertThat(m.region()).isEqualTo("江宁区");
        assertThat(m.regionCode()).isEqualTo("320115");
        assertThat(m.province()).isEqualTo("江苏省");
        assertThat(m.adminLevel()).isEqualTo("district");
        assertThat(m.docType()).isEqualTo("summary_and_plan");
        assertThat(m.periodYear()).isEqualTo(2023);
        assertThat(m.publishedDate()).isEqualTo("2024-01-15");
    }

    @Test
    void healthPlusAPlaceNamesACampaignButNotInARunOfSlogans() {
        // 惠民 is a county's short name and a common word: among 健康X slogans it names no area
        ReportMetadata slogans = extract("市卫生健康委2024年工作要点\n全市卫生健康工作要创造更多健康惠民、健康为民、健康利民的成果。");
        assertThat(slogans.region()).isNull();
        ReportMetadata campaigns = extract("卫生健康局2024年工作要点\n全面推进健康中国、健康惠民建设。\n实施健康惠民行动。");
        assertThat(campaigns.region()).isEqualTo("惠民县");
    }

    @Test
    void anAbbreviatedCityIsResolvedToItsFullName() {
        ReportMetadata m = extract("遵义卫健委2021年工作要点\n一、推进健康遵义建设。");
        assertThat(m.issuer()).isEqualTo("遵义卫健委");
        assertThat(m.region()).isEqualTo("遵义市");
        assertThat(m.province()).isEqualTo("贵州省");
        assertThat(m.adminLevel()).isEqualTo("city");
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2021);
    }

    @Test
    void anAutonomousPrefectureIsFoundByItsShortName() {
        ReportMetadata m = extract("黔东南州卫生健康局2022年工作总结\n全州卫生健康系统扎实工作。");
        assertThat(m.region()).isEqualTo("黔东南苗族侗族自治州");
        assertThat(m.province()).isEqualTo("贵州省");
        assertThat(m.docType()).isEqualTo("summary");
    }

    @Test
    void aNameSharedByTwoProvincesIsSettledByTheContext() {
        String beijing = "朝阳区卫生健康委员会2023年工作总结\n全区落实北京市卫生健康工作部署,服务首都北京发展大局。";
        String changchun = "朝阳区卫生健康局2023年工作总结\n全区落实长春市和吉林省卫生健康工作部署。";
        assertThat(extract(beijing).regionCode()).isEqualTo("110105");
        assertThat(extract(beijing).province()).isEqualTo("北京市");
        assertThat(extract(changchun).regionCode()).isEqualTo("220104");
        assertThat(extract(changchun).province()).isEqualTo("吉林省");
    }

    @Test
    void aSpeechIsReadFromItsBylineAndAddress() {
        String text = "凝心聚力开创卫生健康事业新局面\n安顺市卫生健康局党组书记、局长 王某某\n(2021年2月26日)\n同志们:\n"
                + "今天召开全市卫生健康工作会议。\n一、2020年工作回顾\n二、2021年重点工作";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("凝心聚力开创卫生健康事业新局面");
        assertThat(m.issuer()).isEqualTo("安顺市卫生健康局");
        assertThat(m.docType()).isEqualTo("speech");
        assertThat(m.periodYear()).isEqualTo(2021);
        assertThat(m.publishedDate()).isEqualTo("2021-02-26");
    }

    @Test
    void theTitleOfAPublishedReportComesFromTheNoticeAndAMissingTitleFromTheHints() {
        String notice = "关于印发《德阳市卫健委2023年上半年工作总结及下半年工作安排》的通知\n各县(市、区)卫健局:\n现将有关材料印发给你们。";
        assertThat(extract(notice).title()).isEqualTo("德阳市卫健委2023年上半年工作总结及下半年工作安排");
        assertThat(extract(notice).docType()).isEqualTo("summary_and_plan");

        String untitled = "2022年以来,市卫生健康局认真落实各项工作。\n一、主要做法与成效\n二、2023年工作计划\n德阳市卫生健康局\n二〇二三年一月十日";
        ReportMetadata m = extract(untitled, null, new SourceHints(null, "德阳市卫生健康局2022年工作总结", "2023-01-12", null));
        assertThat(m.title()).isEqualTo("德阳市卫生健康局2022年工作总结");
        assertThat(m.publishedDate()).isEqualTo("2023-01-10");
        assertThat(m.issuer()).isEqualTo("德阳市卫生健康局");
        assertThat(m.periodYear()).isEqualTo(2022);
    }

    @Test
    void withoutATitleTheDocTypeComesFromTheSections() {
        String text = "2022年以来,我局认真落实各项工作。\n一、主要做法与成效\n二、2023年工作计划\n德阳市卫生健康局\n2023年1月10日";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isNull();
        assertThat(m.docType()).isEqualTo("summary_and_plan");
        assertThat(m.periodYear()).isEqualTo(2022);
        assertThat(m.publishedDate()).isEqualTo("2023-01-10");
    }

    @Test
    void newsFromAnAreasOwnGovernmentAccountIsAboutThatArea() {
        String news = "全县卫生健康工作会议召开\n时间:2023-02-10 来源:绩溪发布\n2月9日,全县卫生健康工作会议召开。会议要求,全县卫生健康系统要抓好疫情防控。";
        assertThat(extract(news).region()).isEqualTo("绩溪县");
        assertThat(extract(news.replace("来源:绩溪发布", "来源:本网")).region()).isNull();
    }

    @Test
    void aReviewMeetingThatDeploysTheNextYearEarlyInTheYearIsHeldInThatYear() {
        String news = "某县召开卫生工作总结大会\n2月15日,某县2019年度卫生健康工作总结大会召开。会议回顾了2019年工作,部署了2020年重点任务。";
        assertThat(extract(news).publishedDate()).isEqualTo("2020-02-15");
        // held at the year's end, the same meeting is in the year it reviews
        assertThat(extract(news.replace("2月15日", "12月28日")).publishedDate()).isEqualTo("2019-12-28");
    }

    @Test
    void theBodyWhoseNoticePublishesAPlanIsItsIssuer() {
        String notice = "市人民政府办公室关于印发健康鹤壁行动实施方案的通知\n发布时间: 2021-03-02\n各县区人民政府:\n"
                + "现将《健康鹤壁行动实施方案》印发给你们。\n健康鹤壁行动实施方案\n到2022年,全市居民健康素养水平达到22%。";
        ReportMetadata m = extract(notice);
        assertThat(m.region()).isEqualTo("鹤壁市");
        assertThat(m.issuer()).isEqualTo("鹤壁市人民政府办公室");
        // a page's 发布单位 field names it too
        assertThat(extract("健康鹤壁行动实施方案\n发布单位:鹤壁市卫生健康委员会\n到2022年,全市居民健康素养水平达到22%。").issuer())
                .isEqualTo("鹤壁市卫生健康委员会");
    }

    @Test
    void aNoticeSendsTheDocumentItSaysItDrewUpNotTheOnesItFollows() {
        String notice = "各成员单位:\n为贯彻落实《某省全民健康行动纲要》,研究制定了《某省全民健康行动2024年工作要点》。"
                + "经委员会同意,现印发给你们,请认真组织实施。\n某省全民健康行动推进办公室\n2024年3月2日\n一、整体安排\n年内完成评估。";
        assertThat(extract(notice).title()).isEqualTo("某省全民健康行动2024年工作要点");
    }

    @Test
    void anUntitledReviewIsOfTheYearItReviewsNotOfTheYearItsNoticeAlsoAsksPlansFor() {
        String text = "我局在县委、县政府的领导下扎实开展各项工作。按照县政府关于报送2015年工作总结和2016年工作计划的通知要求,现将工作总结如下:\n"
                + "一、公共卫生服务\n全年建档立卷8.2万份。";
        assertThat(extract(text).periodYear()).isEqualTo(2015);
    }

    @Test
    void aNoticesUnsignedDateAfterItsClosingWordsDatesTheDocumentItSendsOut() {
        String notice = "公开日期: 2023-05-06\n各乡镇人民政府,县政府各部门:\n现将《某县卫生健康事业发展规划》印发给你们,请认真组织实施。\n"
                + "二〇二一年十一月九日\n某县卫生健康事业发展规划\n一、发展基础";
        assertThat(extract(notice).publishedDate()).isEqualTo("2021-11-09");
    }

    @Test
    void theSecondYearOfALimitIsNoYearReviewed() {
        String text = "一、实施健康知识普及行动\n到2022年和2030年,全国居民健康素养水平分别不低于22%和30%。\n二、实施全民健身行动\n推进公共体育设施开放。";
        assertThat(extract(text).periodYear()).isNull(); // not 2030: nothing states the year the excerpt is about
    }

    @Test
    void aTaiwanReportCountsItsYearInTheRepublicsCalendar() {
        ReportMetadata m = extract("嘉义县卫生局年终成果\n嘉义县卫生局今发表113年业务成果,全县长照服务据点增至126处。");
        assertThat(m.periodYear()).isEqualTo(2024);
        // elsewhere a three-digit year is no year
        assertThat(extract("某县卫生健康局工作总结\n全县建成村卫生室113所,服务人口达到120万人。").periodYear()).isNull();
    }

    @Test
    void aNewsDatelinesDayIsNotTheMeetingsDay() {
        String news = "某县召开卫生健康工作会\n2023-4-14 来源:某市卫生健康网\n某市卫生健康网4月14日讯 4月9日,某县召开2023年卫生健康工作会,部署2023年重点任务。";
        assertThat(extract(news).publishedDate()).isEqualTo("2023-04-09");
    }

    @Test
    void aMeetingThatArrangesAYearsTasksIsHeldInThatYear() {
        String news = "3月2日,市政府召开全市卫生健康工作会议,总结2022年工作,安排2023年重点任务。会议要求,全市要抓好疫情防控。";
        ReportMetadata m = extract(news);
        assertThat(m.publishedDate()).isEqualTo("2023-03-02");
        assertThat(m.periodYear()).isEqualTo(2023);
    }

    @Test
    void aHealthCampaignOfAKindOfPlaceNamesNoPlace() {
        // 健康城区 is a healthy urban area, not the campaign of a district named 城区
        String plan = "浦东新区建设健康城区三年行动计划\n为推进健康城区建设,浦东新区卫生局制订本计划。\n上海市浦东新区人民政府\n二〇一〇年三月十七日";
        ReportMetadata m = extract(plan);
        assertThat(m.region()).isEqualTo("浦东新区");
        assertThat(m.publishedDate()).isEqualTo("2010-03-17");
    }

    @Test
    void aPlaceThatOpensACompanysNameIsNotTheReportsArea() {
        String news = "欢迎您:上海某某医药科技股份有限公司\n全市卫生健康工作会议召开\n3月5日,全市卫生健康工作会议召开。会议要求,我市要抓好医共体建设。";
        ReportMetadata m = extract(news);
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("city");
        // a public body beside a company still names its place
        String signing = "全县卫生健康工作会议召开\n3月5日,全县卫生健康工作会议召开。婺源县人民医院与某公司签约共建胸痛中心。";
        assertThat(extract(signing).region()).isEqualTo("婺源县");
    }

    @Test
    void aShortNameTwoAreasShareGoesToTheOneTheScopeWordsFit() {
        String county = "全县卫生健康工作会议召开\n时间:2022-03-03 来源:五华发布\n3月1日,全县卫生健康工作会议召开。会议要求,全县要抓好疫情防控。";
        assertThat(extract(county).region()).isEqualTo("五华县");
        assertThat(extract(county.replace("全县", "全区")).region()).isEqualTo("五华区");
    }

    @Test
    void aRecordLineWithAFontSwitchKeepsItsDateAndSource() {
        String text = "保靖县2022年卫生健康工作总结\n日期:2023-01-05 10:20 来源:保靖县卫生健康局 字体大小:\n2022年,全县卫生健康工作扎实推进。";
        ReportMetadata m = extract(text);
        assertThat(m.publishedDate()).isEqualTo("2023-01-05");
        assertThat(m.issuer()).isEqualTo("保靖县卫生健康局");
    }

    @Test
    void aYearbooksEntryIsASummary() {
        ReportMetadata m = extract("【《某县年鉴2023》】卫生健康\n【概况】 年内,有卫生专业技术人员812人,每千人口床位5.1张。");
        assertThat(m.docType()).isEqualTo("summary");
    }

    @Test
    void aNewYearAddressIsASpeechForTheYearItGreets() {
        ReportMetadata m = extract("某县卫生健康局局长2025年新年贺词\n过去的一年,全县家庭医生签约率达到75%。新的一年,我们将继续努力。");
        assertThat(m.docType()).isEqualTo("speech");
        assertThat(m.periodYear()).isEqualTo(2025);
    }

    @Test
    void aTemplateSitesBarePostedFieldDatesTheReport() {
        String text = "乡卫生院2021年工作总结\n栏目:工作总结发布:2021-12-08阅读:315次\n乡卫生院2021年工作总结\n全年门诊量3.2万人次。";
        assertThat(extract(text).publishedDate()).isEqualTo("2021-12-08");
    }

    @Test
    void theIssuingBodyFieldNamesTheIssuerUnderEachPortalsLabel() {
        String text = "索 引 号: 0001/2021-00012\n发文机关: 某某市人民政府\n成文日期: 2021年5月6日\n标 题: 关于印发某某市健康行动实施方案的通知\n"
                + "到2025年,居民健康素养水平达到25%。";
        assertThat(extract(text).issuer()).isEqualTo("某某市人民政府");
        assertThat(extract(text.replace("发文机关", "发布机关")).issuer()).isEqualTo("某某市人民政府");
    }

    @Test
    void aPortalRecordFieldGivesTitleAndDate() {
        String text = "标题: 泰安市卫生健康委员会2025年度工作计划\n发文日期: 2025-03-02 发布机构: 泰安市卫生健康委员会\n1.推进医改。";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("泰安市卫生健康委员会2025年度工作计划");
        assertThat(m.publishedDate()).isEqualTo("2025-03-02");
        assertThat(m.region()).isEqualTo("泰安市");
        assertThat(m.periodYear()).isEqualTo(2025);
    }

    @Test
    void aNoticeNamedInATitleFieldGivesTheReportItPublishesAndACutNameIsPassedOver() {
        String notice = "标题: 关于印发某某县医疗卫生服务能力提升方案的通知\n发文日期: 2023-04-11\n一、主要目标";
        assertThat(extract(notice).title()).isEqualTo("某某县医疗卫生服务能力提升方案");
        String cut = "标题: 关于印发某某市健康行动\n发文日期: 2023-04-11\n某某市健康行动实施方案\n一、主要目标";
        assertThat(extract(cut).title()).isEqualTo("某某市健康行动实施方案");
        // the notice's issuer before 关于印发 does not change that
        String issued = "名称: 某某县人民政府关于印发《某某县卫生健康事业发展“十四五”规划》的通知\n文号: 某府〔2022〕3号\n一、发展基础";
        assertThat(extract(issued).title()).isEqualTo("某某县卫生健康事业发展“十四五”规划");
    }

    @Test
    void aNewsSitesColumnTagIsNoPartOfTheTitle() {
        assertThat(extract("【第一发布】2023年全县卫生健康工作会议召开\n3月2日,全县卫生健康工作会议召开。").title())
                .isEqualTo("2023年全县卫生健康工作会议召开");
        assertThat(extract("[本地] 全县卫生健康工作会议召开\n3月2日,全县卫生健康工作会议召开。").title())
                .isEqualTo("全县卫生健康工作会议召开");
    }

    @Test
    void aBannerNamedByItsWingIsKnownByItsShortForm() {
        ReportMetadata m = extract("全旗卫生健康工作会议召开\n2月21日,科右前旗卫生健康工作会议召开。会议要求,全旗卫生健康系统要抓好医共体建设。");
        assertThat(m.region()).isEqualTo("科尔沁右翼前旗");
        assertThat(m.province()).isEqualTo("内蒙古自治区");
        // named once, as the banner's party committee, it is still the banner the text speaks of
        assertThat(extract("全旗卫生健康工作会议召开\n会议传达了科右前旗委领导批示精神。会议要求,全旗要抓好医共体建设。").region())
                .isEqualTo("科尔沁右翼前旗");
    }

    @Test
    void aYearbookEntryIsTitledByItsBracketedName() {
        assertThat(extract("【职业病防治】 2022年,区卫健局开展职业健康检查1.2万人次。对32家企业开展监督检查。").title()).isEqualTo("职业病防治");
        assertThat(extract("【打印】 【关闭】\n全年开展监督检查32次。").title()).isNull();
    }

    @Test
    void aHeadlineTellingWhoDeliveredTheReportNamesIt() {
        assertThat(extract("特首发表2023年《施政报告》\n(七)医疗\n政府会增加公营医院病床。").title()).isEqualTo("2023年施政报告");
    }

    @Test
    void aDocumentSitesFileNameIsCutToTheTitle() {
        assertThat(extract("某县2023年健康促进行动实施方案范文.pdfVIP\n一、工作目标").title()).isEqualTo("某县2023年健康促进行动实施方案");
    }

    @Test
    void documentsAReviewListsAsIssuedAreNoTitle() {
        String text = "某县卫生健康局2023年工作总结\n一、创建国家卫生县城工作。印发《创建国家卫生县城实施方案》、《创建国家卫生县城工作分工》,召开动员会。";
        assertThat(extract(text).title()).isEqualTo("某县卫生健康局2023年工作总结");
    }

    @Test
    void aRecordTablesDateFieldWithoutAColonIsRead() {
        String text = new io.reportlens.engine.normalize.TextNormalizer().normalize(
                "某县卫生健康局2023年工作总结\n索引号 0012/2023-0031 生成日期 2023-12-20 16:35:00\n一、工作开展情况").text();
        assertThat(extract(text).publishedDate()).isEqualTo("2023-12-20");
    }

    @Test
    void aTaskLedgerIsAPlan() {
        ReportMetadata m = extract("名称: 某某市卫生健康局2024年信息公开重点任务台账\n序号 | 工作任务 | 完成时限\n1 | 更新公开目录 | 2024年6月前");
        assertThat(m.title()).isEqualTo("某某市卫生健康局2024年信息公开重点任务台账");
        assertThat(m.docType()).isEqualTo("plan");
    }

    @Test
    void aProvincialCommissionIsAtProvinceLevel() {
        ReportMetadata m = extract("内蒙古自治区卫生健康委员会2024年工作要点\n一、深化医改。");
        assertThat(m.region()).isEqualTo("内蒙古自治区");
        assertThat(m.adminLevel()).isEqualTo("province");
        assertThat(m.regionCode()).isEqualTo("150000");
    }

    @Test
    void aDeclaredTitleLosesTheSiteNameAndGivesTheRegionWhenNoIssuerIsNamed() {
        String text = "全市卫生健康系统坚持以人民健康为中心。\n一、2023年工作回顾\n二、2024年工作安排";
        ReportMetadata m = extract(text, "南京市2023年卫生健康工作总结_南京市人民政府", SourceHints.none());
        assertThat(m.title()).isEqualTo("南京市2023年卫生健康工作总结");
        assertThat(m.issuer()).isNull();
        assertThat(m.region()).isEqualTo("南京市");
        assertThat(m.province()).isEqualTo("江苏省");
        assertThat(m.periodYear()).isEqualTo(2023);
    }

    @Test
    void anIssuerOnlyInTheUploadersTitleIsStillFound() {
        String text = "一、主要工作成效\n全县完成家庭医生签约3.2万人。";
        ReportMetadata m = extract(text, null, new SourceHints(null, "宁乡市卫生健康局2023年工作总结", null, null));
        assertThat(m.issuer()).isEqualTo("宁乡市卫生健康局");
        assertThat(m.region()).isEqualTo("宁乡市");
        assertThat(m.adminLevel()).isEqualTo("county");
        assertThat(m.province()).isEqualTo("湖南省");
    }

    @Test
    void aSpeechTitleIsTheMainTitleAboveItsSubtitle() {
        String text = "坚定信心 砥砺前行 奋力谱写卫生健康事业新篇章\n——在2022年全市卫生健康工作会议上的讲话\n"
                + "宜宾市卫生健康委员会主任 李某某\n2022.02.18\n同志们:\n一、2021年工作回顾";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("坚定信心 砥砺前行 奋力谱写卫生健康事业新篇章");
        assertThat(m.docType()).isEqualTo("speech");
        assertThat(m.publishedDate()).isEqualTo("2022-02-18");
        assertThat(m.region()).isEqualTo("宜宾市");
        assertThat(m.periodYear()).isEqualTo(2022);
    }

    @Test
    void newsOfAWorkMeetingIsASpeechOfTheConvenersRegionDatedByTheMeeting() {
        String text = "4月8日上午,2024年全市卫生健康工作会议在仁怀召开。市卫生健康局党组书记、局长出席会议并讲话。\n"
                + "会议指出,2023年全市卫生健康系统扎实推进健康遵义建设。\n"
                + "会议要求,2024年全市卫生健康系统要加快推进医共体建设。";
        ReportMetadata m = extract(text);
        assertThat(m.docType()).isEqualTo("speech");
        assertThat(m.region()).isEqualTo("遵义市");
        assertThat(m.issuer()).isEqualTo("遵义市卫生健康局");
        assertThat(m.publishedDate()).isEqualTo("2024-04-08");
        assertThat(m.periodYear()).isEqualTo(2024);
    }

    @Test
    void aMeetingDatedYesterdayOrTodayIsCountedFromTheDayTheNewsWasWritten() {
        String yesterday = "某县召开卫生健康工作会\n来源:某县日报 2023-03-01 09:12\n"
                + "昨日,某县卫生健康工作会议召开,总结去年工作,部署今年工作任务。\n会议要求,全县要抓好医共体建设。";
        ReportMetadata m = extract(yesterday);
        assertThat(m.publishedDate()).isEqualTo("2023-02-28");
        assertThat(m.periodYear()).isEqualTo(2023);
        String today = "来源:某市发布 2024-01-05\n市卫生健康委今(5)日召开全市卫生健康工作会议,部署2024年重点工作。\n会议要求,全市要推进健康城市建设。";
        assertThat(extract(today).publishedDate()).isEqualTo("2024-01-05");
        // a day counted from no date stays unknown
        assertThat(extract("昨日,某县卫生健康工作会议召开,部署今年工作任务。\n会议要求,全县要抓好医共体建设。").publishedDate()).isNull();
    }

    @Test
    void theVenueOfAMeetingIsNotItsRegion() {
        String text = "2月20日,全省卫生健康工作会议在长沙召开,部署2025年重点工作。\n"
                + "会议强调,我省要持续深化医改,全省卫生健康系统要推进健康湖南建设。";
        ReportMetadata m = extract(text);
        assertThat(m.region()).isEqualTo("湖南省");
        assertThat(m.adminLevel()).isEqualTo("province");
        assertThat(m.publishedDate()).isEqualTo("2025-02-20");
        assertThat(m.periodYear()).isEqualTo(2025);
    }

    @Test
    void newsOfAPlanTakesThePlansTitleAndItsPublisherAsIssuer() {
        String text = "记者获悉,近日省政府办公厅印发《山东省“十四五”卫生健康规划》,提出到2025年,全省人均预期寿命达到80岁。";
        ReportMetadata m = extract(text);
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.title()).isEqualTo("山东省“十四五”卫生健康规划");
        assertThat(m.issuer()).isEqualTo("山东省政府办公厅");
        assertThat(m.region()).isEqualTo("山东省");
        assertThat(m.periodYear()).isEqualTo(2021);
        assertThat(m.publishedDate()).isNull();
        ReportMetadata drawnUp = extract("日期:\n记者从新闻发布会上获悉,市卫生健康委牵头编制了《某市“十四五”卫生人才发展规划》,已于8月印发实施。");
        assertThat(drawnUp.title()).isEqualTo("某市“十四五”卫生人才发展规划");
        assertThat(drawnUp.docType()).isEqualTo("plan");
    }

    @Test
    void aNoticeSignedByAGovernmentOfficeGivesIssuerDateAndThePlansFirstYear() {
        String text = "各乡镇人民政府,县直各单位:\n现将《某某县全民健康促进行动方案(2023—2026年)》印发给你们,请认真执行。\n"
                + "宁乡市人民政府办公室\n2023年6月9日\n为提高全市居民健康水平,制定本方案。";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("某某县全民健康促进行动方案(2023—2026年)");
        assertThat(m.issuer()).isEqualTo("宁乡市人民政府办公室");
        assertThat(m.publishedDate()).isEqualTo("2023-06-09");
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2023);
    }

    @Test
    void aBodyWrittenWithoutItsPlaceTakesTheRegionItsScopeWordsPointTo() {
        String text = "2022年,区卫生健康局在区委区政府领导下,推进健康江北建设,全区新增家庭医生团队12个。";
        ReportMetadata m = extract(text);
        assertThat(m.region()).isEqualTo("江北区");
        assertThat(m.issuer()).isEqualTo("江北区卫生健康局");
        assertThat(m.adminLevel()).isEqualTo("district");
    }

    @Test
    void withoutAPlaceNamedTheLevelComesFromTheScopeWords() {
        ReportMetadata m = extract("县卫健委2021年工作总结\n2021年,全县卫生健康系统在县委县政府领导下完成各项任务。");
        assertThat(m.region()).isNull();
        assertThat(m.issuer()).isEqualTo("县卫健委");
        assertThat(m.adminLevel()).isEqualTo("county");
        assertThat(m.docType()).isEqualTo("summary");
    }

    @Test
    void aPlaceNamedOnceInPassingIsNoRegion() {
        ReportMetadata m = extract("全年派出医疗队3批,支援大同市抗疫工作。");
        assertThat(m.region()).isNull();
    }

    @Test
    void aShortDistrictNameInsideAnOrdinaryWordIsNoPlace() {
        ReportMetadata m = extract("全区顺利通过国家卫生区复审,区委区政府高度重视,顺利通过省级评估。");
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("district");
    }

    @Test
    void aPlanNamingAFiveYearPlanStartsInItsFirstYear() {
        ReportMetadata m = extract("广西壮族自治区卫生健康事业发展“十四五”规划\n一、发展基础\n“十三五”时期,全区卫生健康事业取得新进展。");
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2021);
        assertThat(m.region()).isEqualTo("广西壮族自治区");
    }

    @Test
    void aTitleRunIntoTheFirstLineIsCutWhereItNamesItsKind() {
        ReportMetadata m = extract("2020年度卫健局工作总结范文 2020年,我局认真落实各项工作,全年完成体检5200人次。");
        assertThat(m.title()).isEqualTo("2020年度卫健局工作总结");
        assertThat(m.docType()).isEqualTo("summary");
        assertThat(m.periodYear()).isEqualTo(2020);
        // the plan joined to it by 及 is part of the title, whatever it is called (思路, 谋划)
        ReportMetadata joined = extract("某区卫生健康局2023年工作总结及2024年工作思路2023年以来,我局认真落实各项工作部署。");
        assertThat(joined.title()).isEqualTo("某区卫生健康局2023年工作总结及2024年工作思路");
        assertThat(joined.docType()).isEqualTo("summary_and_plan");
        // a sentence opening on a preposition is no title, whatever kind word its phrase ends in
        assertThat(extract("按照局党组安排,现将我局2021年上半年工作汇报如下。\n一、主要工作\n全县新建村卫生室3所。").title()).isNull();
        assertThat(extract("自国务院发布《关于实施健康行动的意见》后,我市迅速制定实施方案。\n到2030年,人均预期寿命达到79岁。").title()).isNull();
        assertThat(extract("自治区卫生健康委2023年工作总结 2023年,全区新建村卫生室30所。").title()).as("自治区 is a place")
                .isEqualTo("自治区卫生健康委2023年工作总结");
    }

    @Test
    void aGovernmentDocumentIsTitledWithItsIssuerAndDatedByItsNumber() {
        ReportMetadata m = extract("关于推进健康某区行动的实施意见\n时间:2024-01-01 来源:某区政府\n某政〔2020〕13号\n某区人民政府\n"
                + "关于推进健康某区行动的实施意见\n各乡人民政府、各街道办事处:\n为高质量推进健康某区建设,提出以下实施意见。");
        assertThat(m.title()).isEqualTo("某区人民政府关于推进健康某区行动的实施意见");
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2020);
        // a 关于 title alone is the title too, unless it is a notice sending another document
        assertThat(extract("关于加强基层卫生人才队伍建设的意见\n为加强基层卫生人才队伍建设,提出如下意见。").title())
                .isEqualTo("关于加强基层卫生人才队伍建设的意见");
    }

    @Test
    void republicOfChinaDatesAreConverted() {
        ReportMetadata m = extract("卫生处工作报告(中华民国七十九年十月五日第八届大会)");
        assertThat(m.publishedDate()).isEqualTo("1990-10-05");
    }

    @Test
    void hongKongIsARegionAtProvinceLevel() {
        ReportMetadata m = extract("香港特别行政区政府将增拨资源,香港的公立医院将增加病床500张。");
        assertThat(m.region()).isEqualTo("香港特别行政区");
        assertThat(m.regionCode()).isEqualTo("810000");
        assertThat(m.adminLevel()).isEqualTo("province");
    }

    @Test
    void aPagesStampWithItsTimeOfDayOrPostingIsThePostedDate() {
        assertThat(extract("某文库 2020-08-17 09:12:40 卫生\n某县卫生健康局2019年工作总结\n2019年,我局完成各项任务。").publishedDate())
                .isEqualTo("2020-08-17");
        assertThat(extract("某县2021年爱国卫生工作方案.pdf\n• 2022-03-11 发布于河南\n为做好2021年爱国卫生工作,制定本方案。").publishedDate())
                .isEqualTo("2022-03-11");
        assertThat(extract("某县卫生健康局2019年工作总结\n2020-01-16 来源: 办公室\n2019年,我局完成各项任务。").publishedDate())
                .as("a record line of date and source").isEqualTo("2020-01-16");
        assertThat(extract("某县卫生健康局2019年工作总结\n全县门诊量较2018-05-01增长。").publishedDate())
                .as("a date in prose, without a time of day, is no stamp").isNull();
    }

    @Test
    void aDateInWordsWithItsTimeOfDayIsThePagesStamp() {
        String page = "您当前的位置 : 某某网 >> 部门 市卫生健康委疾病防控成效明显 来源:某某网    2019年07月16日 15:38\n"
                + "今年以来,市卫生健康委制定防治实施方案12个。";
        assertThat(extract(page).publishedDate()).isEqualTo("2019-07-16");
    }

    @Test
    void aMeetingsDayTakesItsYearFromThePageStampPostedSoonAfter() {
        String review = "网站首页 2024-1-22 10:05\n1月19日,区卫健局召开2023年度科室负责人述职会。\n会上,各科室负责人逐一述职。";
        assertThat(extract(review).publishedDate()).as("a 2023年度 review held early in 2024").isEqualTo("2024-01-19");
        String yearEnd = "某某新闻网 2022/1/6 16:20\n12月30日,全县卫生健康工作推进会召开。\n会议要求,要巩固成果。";
        assertThat(extract(yearEnd).publishedDate()).as("a day after the stamp's is in the year before").isEqualTo("2021-12-30");
    }

    @Test
    void aNoticeAskingForCommentsOnADraftIsTitledWithTheDraft() {
        String notice = "关于《某市“十五五”卫生健康事业发展规划(征求意见稿)》公开征求意见的通知\n"
                + "某市卫生健康委草拟了《某市“十五五”卫生健康事业发展规划》,现向社会征求意见。\n到2030年,全市每千人口床位达到7张。";
        ReportMetadata m = extract(notice);
        assertThat(m.title()).isEqualTo("某市“十五五”卫生健康事业发展规划(征求意见稿)");
        assertThat(m.docType()).isEqualTo("plan");
    }

    @Test
    void aHorizonAHeadlineNamesYearsAfterItsPostingIsNotTheReportsYear() {
        String news = "某市推进健康城市建设 2035年人均预期寿命将达83岁\n时间:2019-05-10 09:30:00 来源:某某网\n"
                + "到2035年,某市人均预期寿命将达到83岁。9日,某市发布《“健康某市2035”规划》。2018年某市人均预期寿命为80.9岁。";
        ReportMetadata m = extract(news);
        assertThat(m.periodYear()).isNotEqualTo(2035);
        String plan = "某县卫生健康局2020年工作计划\n发布时间:2019-12-28\n2020年,全县新建村卫生室10所。";
        assertThat(extract(plan).periodYear()).as("the next year's plan posted at the year's end").isEqualTo(2020);
    }

    @Test
    void theAreasOwnMeetingHeldInTheAreaNamesItButAMeetingHeldThereByAnotherDoesNot() {
        String own = "全市卫生工作会议召开\n本网讯 3月2日上午,全市卫生工作会议在池州召开。会议要求,今年要抓好医改。";
        assertThat(extract(own).region()).isEqualTo("池州市");
        String visiting = "全省卫生工作会议召开\n本网讯 3月2日上午,全省卫生工作会议在池州召开。会议要求,今年要抓好医改。";
        assertThat(extract(visiting).region()).as("a province's meeting held in a city").isNotEqualTo("池州市");
    }

    @Test
    void aBureauOfACitysGovernmentKeepsTheGovernmentInItsName() {
        String text = "高雄市政府卫生局今(3)日举行记者会,说明长照据点成果。\n卫生局表示,今年新增据点15处。";
        assertThat(extract(text).issuer()).isEqualTo("高雄市政府卫生局");
    }

    @Test
    void aHealthBodyAPageNamesAsItsAuthorIsItsIssuer() {
        String page = "某省卫生健康事业发展统计公报\n发布时间: 2021-06-01 | 来源: 某某门户网 | 作者: 江西卫健委 | 责任编辑: 李某\n"
                + "2020年末,全省共有县级疾病预防控制中心100个、县级卫生监督所100个。";
        assertThat(extract(page).issuer()).isEqualTo("江西卫健委");
        String writer = "某县卫生健康局2020年工作总结\n作者: 张某某\n全县新建村卫生室12所。";
        assertThat(extract(writer).issuer()).as("a person is no issuer").isNotEqualTo("张某某");
    }

    @Test
    void aFiscalYearWrittenAsHongKongWritesItIsTheYearReviewed() {
        String page = "2026-03-02\n某某新闻网\n卫生署表示,2024至25年度本港接种流感疫苗的人数为150万,较上年度增加3%。"
                + "计划自2018年推出以来,参与的诊所已逾千间。";
        ReportMetadata m = extract(page);
        assertThat(m.periodYear()).isEqualTo(2024);
        assertThat(m.title()).as("a site's own name is no title").isNull();
    }

    @Test
    void aNewspapersDatelineDatesTheMeetingItsNewsReports() {
        String page = "第03版:要闻\n2019年1月18日 星期五\n本报讯 1月10日,某县召开全县卫生健康工作会议,回顾2018年工作,确定今年目标。\n会议要求,要抓好医共体建设。";
        assertThat(extract(page).publishedDate()).as("the year of the dateline, not of the year reviewed").isEqualTo("2019-01-10");
        String prose = "1月10日,某县召开全县卫生健康工作会议,回顾2018年工作。\n会上通报了2019年1月18日的检查结果。";
        assertThat(extract(prose).publishedDate()).as("a date inside prose is no dateline").isEqualTo("2018-01-10");
    }

    @Test
    void newsOfAPressEventIsDatedByItsDayButReadAsWhatItPresents() {
        String text = "2025-11-20\n某市卫生局今(19)日举办年度业务成果记者会,公布一年来的成果。\n今年全市新增社区药局12家。";
        ReportMetadata m = extract(text);
        assertThat(m.publishedDate()).isEqualTo("2025-11-19");
        assertThat(m.docType()).as("a press event is no work meeting").isNotEqualTo("speech");
        String dayInBrackets = "2025-11-20\n某市卫生局今日(19日)举办健康城市发布会,公布一年来的成果。";
        assertThat(extract(dayInBrackets).publishedDate()).isEqualTo("2025-11-19");
    }

    @Test
    void theGovernmentHoldingAMeetingANewsLeadReportsIsItsIssuer() {
        String news = "3月2日,市政府召开全市卫生健康工作会议,总结2023年工作,部署2024年任务。\n会议要求,宝鸡市卫健委要抓好医共体建设。";
        ReportMetadata m = extract(news);
        assertThat(m.issuer()).isEqualTo("宝鸡市政府");
        String explained = "关于健康某县行动实施方案的解读\n2019年12月,省政府在长沙举行健康湖南行动启动仪式。县卫健委随后制定了方案。";
        assertThat(extract(explained).issuer()).as("a launch in a plan's explanation is no meeting news").isNotEqualTo("湖南省政府");
        assertThat(extract("近日,某市政府印发《宝鸡市医疗卫生资源配置规划》,提出到2025年床位达到3万张。").issuer())
                .as("a government that issues a plan").isEqualTo("宝鸡市政府");
    }

    @Test
    void aNameFieldOfANoticePassingOnAPlanGivesThePlanAsTitleAndTheNoticesBodyAsIssuer() {
        String page = "索引号 | 000-2010-123 |\n信息名称 | 宝鸡市人民政府关于批转市卫生局制订的宝鸡市健康城市建设三年行动计划的通知 |\n"
                + "公开类别 | 主动公开 |\n一、总体目标\n到2012年,全市建成健康社区20个。";
        ReportMetadata m = extract(page);
        assertThat(m.title()).isEqualTo("宝鸡市健康城市建设三年行动计划");
        assertThat(m.issuer()).isEqualTo("宝鸡市人民政府");
    }

    @Test
    void aTitleNamingACityInFullOverrulesScopeWordsThatSpeakOfItsProvince() {
        String plan = "三亚市“十四五”卫生健康规划\n根据省委、省政府关于全省卫生健康事业发展的决策部署,结合《海南省“十四五”卫生健康规划》,"
                + "融入海南自由贸易港建设,服务海南全面深化改革开放。\n一、发展目标\n到2025年,每千人口床位达到6.5张。";
        ReportMetadata m = extract(plan);
        assertThat(m.region()).isEqualTo("三亚市");
        assertThat(m.adminLevel()).isEqualTo("city");
        String campaign = "“健康龙江2030”规划出台\n黑龙江省将以普及健康生活为重点,全省居民健康素养水平达到30%。省委、省政府高度重视。";
        assertThat(extract(campaign).region()).as("a short name in a title is no sure place").isEqualTo("黑龙江省");
    }

    @Test
    void theDateUnderANoticesSendingSentenceIsItsOwnThoughBlankLinesStandBetween() {
        String notice = "发布时间:2023-12-30\n各县(区)卫生健康局:\n现将《2023年某市卫生健康工作要点》印发你们,请结合实际抓好落实,确保完成年度任务。\n\n\n"
                + "                2023年3月6日\n一、总体要求\n";
        assertThat(extract(notice).publishedDate()).isEqualTo("2023-03-06");
    }

    @Test
    void aSpeechRepostedYearsLaterKeepsItsTitlesYearAndLosesItsDashedByline() {
        String text = "2020年新春致辞——某市卫生健康委\n某文库 2022-05-10 09:12:40 卫生\n同志们:\n告别了2019年,迎来了2020年。新的一年,我们要推进医共体建设。";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("2020年新春致辞");
        assertThat(m.periodYear()).isEqualTo(2020);
    }

    @Test
    void theLeadershipOfTheLevelAboveDoesNotOutweighTheWordsForTheAreaItself() {
        String text = "2023年卫生健康工作总结\n在市委、市政府的正确领导下,在市卫生健康委的指导下,全县卫生健康工作取得新成效。"
                + "我县新建村卫生室12所,全县签约率达到75%。全县家庭医生团队86个。市委、市政府高度重视我县医共体建设。";
        assertThat(extract(text).adminLevel()).isEqualTo("county");
        String city = "2023年卫生健康工作总结\n在省委、省政府和市委、市政府的正确领导下,全市卫生健康工作取得新成效。市政府投入资金2亿元。";
        assertThat(extract(city).adminLevel()).as("the leadership of the area itself still counts").isEqualTo("city");
    }

    @Test
    void anEntryOfAPlacesOwnYearbookIsAboutThatPlace() {
        String entry = "【《高台年鉴2021》】医疗卫生——卫生健康工作\n年末,全县共有医疗卫生机构156个,全县卫生技术人员1020人。";
        ReportMetadata m = extract(entry);
        assertThat(m.region()).isEqualTo("高台县");
        assertThat(m.province()).isEqualTo("甘肃省");
    }

    @Test
    void aPlanWhoseTitleNamesNoYearTakesItFromItsNameStandingAloneBelow() {
        String text = "卫健局工作思路\n下载 卫健局工作思路 卫健局2023年工作思路\n一、指导思想。以深化医改为主线,推进全县卫生事业发展。";
        ReportMetadata m = extract(text);
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2023);
        Integer cited = extract("卫健局工作思路\n一、指导思想。对照2023年工作计划,推进全县卫生事业发展。").periodYear();
        assertThat(cited == null || cited != 2023).as("a plan cited inside a sentence").isTrue();
    }

    @Test
    void aJointNoticeIsIssuedByAllTheBodiesItNamesSideBySide() {
        String notice = "某省卫生健康委员会 某省中医药管理局关于印发《某省中医药发展规划(2023-2027年)》的通知\n各市卫生健康委:\n现将规划印发给你们。";
        assertThat(extract(notice).issuer()).isEqualTo("某省卫生健康委员会、某省中医药管理局");
    }

    @Test
    void newsOfAPlanNamedBeforeItsIssueTakesThePlanAsTitle() {
        String news = "某地最新规划出炉(一图读懂)\n近日消息,《某市卫生健康事业发展“十四五”规划》(以下简称“规划”)于2022年4月正式印发,"
                + "规划提出,到2025年,每千人口床位达到4.5张。";
        assertThat(extract(news).title()).isEqualTo("某市卫生健康事业发展“十四五”规划");
    }

    @Test
    void aTextThatNamesNoPlaceButSpeaksWithTaiwansOwnWordsIsOfTaiwan() {
        String news = "记者综合报导\n县府于12月8日召开“114年度第2次长期照顾推动小组会议”,检视长照2.0服务执行情形,"
                + "并配合中央115年推动长照3.0。本县将在明年迈入超高龄社会。";
        ReportMetadata m = extract(news);
        assertThat(m.province()).isEqualTo("台湾省");
        assertThat(m.region()).isNull();
        assertThat(m.periodYear()).as("the first year of the Republic it names, no date bounding the rest").isEqualTo(2025);
        assertThat(extract("记者综合报导\n县政府召开养老服务推进会,推进长期护理保险试点。").province()).isNull();
    }

    @Test
    void hongKongsHealthBureauByItsOwnNameIssuesTheText() {
        ReportMetadata m = extract("香港特别行政区医务卫生局\n医务卫生局今年将推动基层医疗发展,全港设立十八间地区康健中心。");
        assertThat(m.issuer()).isEqualTo("香港特别行政区医务卫生局");
        assertThat(m.regionCode()).isEqualTo("810000");
    }

    @Test
    void aSpecialAdministrativeRegionNamesItselfAsTheCityOfTheText() {
        ReportMetadata hk = extract("施政报告摘要\n医疗\n政府会增加本港公营医院的病床。全港的基层医疗中心将增至十间。");
        assertThat(hk.region()).isEqualTo("香港特别行政区");
        assertThat(hk.adminLevel()).isEqualTo("province");
        ReportMetadata macau = extract("社会文化范畴施政方针\n本澳将推行医疗券计划,每名居民六百元。");
        assertThat(macau.regionCode()).isEqualTo("820000");
        assertThat(hk.issuer()).as("政府会…: the region's own government").isEqualTo("香港特别行政区政府");
        assertThat(macau.issuer()).as("no government acts in the text").isNull();
        assertThat(extract("医院管理工作报告\n本院全年门诊12万人次。").region()).isNull();
    }

    @Test
    void aTextDatedByTheRepublicOrIssuedByTaiwansHealthBodiesSpeaksOfTaiwan() {
        ReportMetadata dated = extract("卫生处工作报告(中华民国八十三年三月五日)\n甲、加强传染病防治。\n乙、提升医疗品质。");
        assertThat(dated.region()).isEqualTo("台湾省");
        assertThat(dated.issuer()).isEqualTo("台湾省卫生处");
        ReportMetadata ministry = extract("卫生福利部年度施政计划\n推动长照2.0,布建社区整体照顾服务体系。");
        assertThat(ministry.regionCode()).isEqualTo("710000");
        assertThat(ministry.adminLevel()).isEqualTo("province");
        // Taiwan's counties are places of their own, not the tail of a mainland name (嘉义县 is not 义县)
        ReportMetadata county = extract("嘉义县卫生局年终成果\n嘉义县卫生局今发表年终业务成果,全县长照服务据点增至126处。");
        assertThat(county.region()).isEqualTo("嘉义县");
        assertThat(county.province()).isEqualTo("台湾省");
        assertThat(county.adminLevel()).isEqualTo("county");
    }

    @Test
    void newsOfAMeetingIsForTheYearItSetsWorkFor() {
        String news = "全县卫生健康工作会议召开\n会议指出,2023年全县卫生健康系统完成了各项目标任务。\n"
                + "会议要求,2024年全县要重点抓好分级诊疗和医共体建设。";
        assertThat(extract(news).periodYear()).isEqualTo(2024);
        String required = "全市卫生健康工作会议召开\n会议强调,2023年要求各地压实责任。";
        assertThat(extract(required).periodYear()).as("要求 is no 要 of a plan").isNull();
    }

    @Test
    void newsOfAMeetingThatSetsThisYearsWorkIsForTheYearThePageWasPostedIn() {
        String news = "某镇召开卫生工作会议\n发布时间: 2019-04-02 09:15:00 | 来源: 某县卫生健康局\n"
                + "近日,某镇召开卫生工作会。会议就今年工作作了安排:一是抓好慢病随访;二是建好村卫生室。";
        ReportMetadata m = extract(news);
        assertThat(m.periodYear()).isEqualTo(2019);
        assertThat(m.publishedDate()).as("the posting is not the meeting's day").isNull();
        String noYear = "某镇召开卫生工作会议\n发布时间: 2019-04-02 09:15:00\n近日,某镇召开卫生工作会,总结交流经验。";
        assertThat(extract(noYear).periodYear()).as("no 今年: the page does not say which year it is for").isNull();
    }

    @Test
    void aMeetingsDayMayOpenTheClauseAfterThePurposeItsLeadBeginsWith() {
        String news = "区卫健局:共谋卫生健康事业新篇章\n2025-03-07 10:00:24 来源:区卫健局\n"
                + "为贯彻落实区委区政府2025年工作部署,持续深化拓展“三争”行动,细化实化“五增”目标,3月4日,区卫健局召开2025年卫生健康工作交流会议,"
                + "回顾总结2024年工作,交流部署2025年工作。";
        ReportMetadata m = extract(news);
        assertThat(m.docType()).isEqualTo("speech");
        assertThat(m.publishedDate()).isEqualTo("2025-03-04");
    }

    @Test
    void aYearThatNamesAMeetingIsNoYearReviewed() {
        String text = "编者按:为营造好某县2022年县委全会召开期间的氛围,县融媒体中心推出系列报道。\n"
                + "近年来,某县卫生健康工作成效明显。2021年,通过了国家卫生县城省级技术评估验收,新建村卫生室12个。";
        assertThat(extract(text).periodYear()).isEqualTo(2021);
    }

    @Test
    void theHeadlineOverTheLeadTitlesTheNewsOnceItsStampHasGone() {
        String news = "立即下载\n某县召开2025年卫生健康工作会议 办好人民满意卫生事业\n2025-03-19 08:51:56 字号:\n\n"
                + "日前,某县召开2025年卫生健康工作会议,安排部署2025年重点工作任务。";
        assertThat(extract(news).title()).isEqualTo("某县召开2025年卫生健康工作会议 办好人民满意卫生事业");
        String body = "区卫健局:互学互鉴,共谋卫生健康事业新篇章\n来源:区卫健局 责任编辑:某某\n"
                + "3月4日,区卫健局召开2025年卫生健康工作交流会议,交流部署2025年工作。";
        assertThat(extract(body).title()).as("a headline naming its body before a colon").isEqualTo("区卫健局:互学互鉴,共谋卫生健康事业新篇章");
        String field = "来源:某某卫健委 [ 2023-04-03 ]\n4月3日,某旗召开健康行动推进会议,部署今年工作。";
        assertThat(extract(field).title()).as("a page's field is no headline").isNull();
    }

    @Test
    void aSitesMastheadTitlesNoNews() {
        String news = "某某健康网·某某数字博物馆\n发布时间: 2026-01-15 11:51\n1月14日,2026年某省卫生健康工作会议召开。会议要求,今年要聚焦十大重点任务。";
        ReportMetadata m = extract(news);
        assertThat(m.title()).isNotEqualTo("某某健康网·某某数字博物馆");
        assertThat(extract("某某政务网 无障碍浏览\n" + news.substring(news.indexOf('\n') + 1)).title()).isNotEqualTo("某某政务网 无障碍浏览");
        assertThat(m.publishedDate()).isEqualTo("2026-01-14");
    }

    @Test
    void aHeadlineTellingOfThePlacesOwnPlanIsNewsOfThatPlan() {
        String news = "我省印发《健康某省行动(2024-2030年)》\n发布时间:2024-09-06 信息来源:市卫生健康委员会\n"
                + "为贯彻落实健康中国行动的决策部署,健康某省行动推进委员会于近期印发《健康某省行动(2024-2030年)》,提出到2030年人均预期寿命达到79岁。";
        ReportMetadata m = extract(news);
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2024);
    }

    @Test
    void newsRelayingAYearsPrioritiesIsNewsOfAPlanForThatYear() {
        String news = "1月20日,记者从省卫生健康委获悉,2026年某省卫生健康工作有这些重点。\n"
                + "加快建设健康强省。新建县域医疗卫生次中心30个;推进紧密型县域医共体建设。";
        ReportMetadata m = extract(news);
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2026);
    }

    @Test
    void newsOfAPlanIsTitledByThePlanItAnnounces() {
        String news = "近日,某省卫生健康委等五部门联合印发了《某省加快推进县域医共体建设实施方案》,方案提出,到2025年,"
                + "全省县域医共体建设全覆盖。\n方案明确了8项重点任务。";
        assertThat(extract(news).title()).isEqualTo("某省加快推进县域医共体建设实施方案");
        String summary = "一、2023年工作情况\n我委印发了《某县家庭医生签约服务实施方案》,全县签约率达到70%。";
        assertThat(extract(summary).title()).as("a summary citing a plan is not titled by it").isNotEqualTo("某县家庭医生签约服务实施方案");
    }

    @Test
    void aSpeechRunInWithItsBylineIsDatedByIt() {
        String speech = "在全市医疗质量管理会议上的讲话市卫生健康委主任王某某(2023年3月8日)同志们:今天召开会议,主要任务是总结工作。";
        assertThat(extract(speech).publishedDate()).isEqualTo("2023-03-08");
    }

    @Test
    void aPlacesOwnPaperCitedAsTheSourceNamesItsArea() {
        String news = "据《澳门日报》报道,特区政府明年将继续向每名澳门永久性居民派发医疗券,并推进离岛医疗综合体建设。";
        assertThat(extract(news).region()).isEqualTo("澳门特别行政区");
        String national = "据《人民日报》报道,明年将继续推进医疗综合体建设,向居民派发医疗券。";
        assertThat(extract(national).region()).isNull();
    }

    @Test
    void aCitedDocumentOfTheReportsOwnLevelNamesItsArea() {
        String news = "本网讯 4月2日,全县疾病预防控制工作会议召开。\n会议传达了《保康县2024年疾控工作要点》,要求全县各级抓好落实。";
        assertThat(extract(news).region()).isEqualTo("保康县");
        String above = "本网讯 4月2日,全县疾病预防控制工作会议召开。\n会议传达了《健康湖北2030行动方案》,要求全县各级抓好落实。";
        assertThat(extract(above).region()).as("a plan from above names no county").isNull();
    }

    @Test
    void aTownshipsOwnReportIsOfTheTownship() {
        String town = "一、计生协会工作\n春节前夕,石门坎镇党委、政府对特别扶助家庭进行慰问。石门坎镇计划生育协会开展宣传活动3场。";
        ReportMetadata m = extract(town);
        assertThat(m.region()).isEqualTo("石门坎镇");
        assertThat(m.adminLevel()).as("no level below the county is named by the spec").isNull();
        String county = "全县18个乡镇卫生院全部达标。督促各镇党委落实责任,各镇卫生院完成改造。";
        assertThat(extract(county).region()).as("乡镇, 各镇 name no township").isNull();
        String twoTowns = "城关镇卫生院和河口镇卫生院分别开展义诊。";
        assertThat(extract(twoTowns).region()).isNull();
    }

    @Test
    void aTownshipTitlingAReportThatSpeaksAsATownshipIsItsArea() {
        String report = "白沙镇2024年卫生健康工作总结\n今年以来,卫生健康工作在镇党委、政府领导下稳步推进。我镇完成家庭医生签约3200人。";
        assertThat(extract(report).region()).as("the title's township; 在镇党委 names none").isEqualTo("白沙镇");
        String untitled = "今年以来,卫生健康工作在镇党委、政府领导下稳步推进。我镇完成家庭医生签约3200人。";
        assertThat(extract(untitled).region()).as("作在镇 is no township").isNull();
        String plan = "加强乡镇卫生院建设实施方案\n全镇卫生院完成改造。";
        assertThat(extract(plan).region()).as("乡镇 in a title names no township").isNull();
        String elsewhere = "白沙镇卫生院义诊活动简报\n全县开展义诊。";
        assertThat(extract(elsewhere).region()).as("a text that does not speak as a township").isNotEqualTo("白沙镇");
    }

    @Test
    void thePlacesOfAVisitAreNotTheReportsOwnArea() {
        String speech = "同志们:这次全市卫生工作会议,是市委召开的一次重要会议。今天上午,与会同志考察了夹江县人民医院、峨眉山市卫生健康局和峨眉山市中医医院。\n我市卫生事业发展迅速。";
        ReportMetadata m = extract(speech);
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("city");
    }

    @Test
    void recordFieldsAreReadByTheirOwnLabels() {
        String portal = "索引号: 0001/2023122700000060 发布机构:\n生效日期: 2023-12-26 废止日期:\n柘城县卫健委2023年度工作总结\n"
                + "来源: 发布时间:2023-12-27 浏览次数:\n一、2023年工作总结\n全县在建项目7个。";
        ReportMetadata m = extract(portal);
        assertThat(m.issuer()).isEqualTo("柘城县卫健委");
        assertThat(m.publishedDate()).as("an effective date is not the date of issue").isEqualTo("2023-12-27");
        String ownDate = "某市卫生健康委2022年工作总结\n成文日期2023-05-19公开方式 主动公开\n发布时间:2023-10-16 18:53\n一、工作成效\n全市新建医院2家。";
        assertThat(extract(ownDate).publishedDate()).as("成文日期 as a row with neither colon nor space").isEqualTo("2023-05-19");
    }

    @Test
    void aMeetingIsDatedInTheYearItDeploysWorkFor() {
        String news = "5月12日,全市卫生健康工作会议召开,总结2022年卫生健康工作情况,部署2023年重点任务。\n会议要求,要加快建设健康城市。";
        assertThat(extract(news).publishedDate()).isEqualTo("2023-05-12");
        String deployed = "本网讯6月8日上午,全县卫生健康工作会议召开,副县长出席会议并讲话。会议听取了工作报告,并对2023年卫生健康工作进行部署。";
        assertThat(extract(deployed).publishedDate()).isEqualTo("2023-06-08");
        assertThat(extract(deployed).periodYear()).isEqualTo(2023);
        String fully = "本网讯2月26日上午,全县卫生工作会议召开。会议总结了2009年工作,对2010年全县卫生工作进行了全面部署。";
        assertThat(extract(fully).publishedDate()).as("an adverb before 部署").isEqualTo("2010-02-26");
    }

    @Test
    void localNewsOfTheCitysWorkComesFromTheCitysOwnPaper() {
        String news = "2024年全市卫生健康工作会议召开\n来源:韶关日报 时间:2024-03-02\n3月1日,2024年全市卫生健康工作会议召开。会议要求,要推动我市卫生健康事业高质量发展。";
        assertThat(extract(news).region()).isEqualTo("韶关市");
        String cited = "全县卫生健康工作会议召开\n据《澳门日报》报道,会议要求,要推进医共体建设。";
        assertThat(extract(cited).region()).as("a paper cited by its title").isNull();
    }

    @Test
    void anIssuerWrittenWithoutItsPlaceStillGivesItsLevel() {
        ReportMetadata m = extract("县卫健委2024年工作计划\n一、2024年工作计划\n(一)做好传染病防控工作。");
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("county");
    }

    @Test
    void aDocumentSharingPageTitlesTheDocumentByItsFileName() {
        String page = "上传人:abc 文档编号:1 格式:DOCX 页数:4\n资源描述\n《某区卫生健康局2022年工作总结及2023年工作计划.docx》由会员分享,可在线阅读。\n"
                + "一、工作总结\n全区新建社区卫生服务站3个。\n二、工作计划\n新建社区卫生服务站2个。";
        ReportMetadata m = extract(page);
        assertThat(m.title()).isEqualTo("某区卫生健康局2022年工作总结及2023年工作计划");
        assertThat(m.docType()).isEqualTo("summary_and_plan");
        assertThat(extract("编号:52013456某区卫健局2021年上半年工作总结\n上半年,全区完成体检3200人次。").title())
                .isEqualTo("某区卫健局2021年上半年工作总结");
    }

    @Test
    void aSharingPagesCardNamesTheDocumentBeforeAnyLineOfIt() {
        String page = "《镇卫生院2023年上半年工作总结和下半年工作打算(2).docx》由用户分享,可在线阅读。\n"
                + "1、镇卫生院2023年上半年工作总结上半年,我院完成门诊诊疗1.2万人次。\n二、下半年工作打算\n年底前完成院感培训2次。";
        assertThat(extract(page).title()).isEqualTo("镇卫生院2023年上半年工作总结和下半年工作打算");
    }

    @Test
    void newsOfANationalReleaseIsIssuedByTheNationalBody() {
        ReportMetadata m = extract("我国婴儿死亡率降至新低\n国家卫生健康委今天发布《2023年我国卫生健康事业发展统计公报》。根据《公报》,婴儿死亡率降至4.5‰。");
        assertThat(m.issuer()).isEqualTo("国家卫生健康委");
        assertThat(m.region()).isNull();
        ReportMetadata local = extract("3月5日,赣州市卫健委召开全市卫生健康工作会议,传达国家卫健委召开的全国会议精神。会议要求年底前建成胸痛中心3家。");
        assertThat(local.issuer()).doesNotContain("国家");
    }

    @Test
    void aNoticeTitleMayCiteDocumentsInsideThePlanItSends() {
        String notice = "某省卫生健康委员会关于印发落实《健康中国行动》、推进《健康某省2030》2024年工作方案的通知\n各市卫生健康委:\n"
                + "现将《健康某省2030》全文印发给你们,请认真贯彻落实。";
        assertThat(extract(notice).title()).isEqualTo("落实《健康中国行动》、推进《健康某省2030》2024年工作方案");
    }

    @Test
    void aHeadlessTextUnderAGuidingIdeaIsAPlanOfTheYearItCharacterises() {
        String text = "2023年是全面贯彻落实党的二十大精神的开局之年,也是全县妇幼健康服务提升年。\n一、指导思想\n"
                + "坚持以人民健康为中心,全面完成妇幼卫生目标任务。\n二、主要指标\n孕产妇死亡率控制在15/10万以内。";
        ReportMetadata m = extract(text);
        assertThat(m.docType()).isEqualTo("plan");
        assertThat(m.periodYear()).isEqualTo(2023);
    }

    @Test
    void aProvincesOwnMeetingHeldInOneOfItsCitiesIsTheProvinces() {
        ReportMetadata m = extract("2019年全省卫生健康工作会议在兰州召开\n1月18日,2019年全省卫生健康工作会议在兰州召开。会议要求,年底前建成胸痛中心20家。");
        assertThat(m.region()).isEqualTo("甘肃省");
        assertThat(m.adminLevel()).isEqualTo("province");
    }

    @Test
    void aMeetingDayWrittenWithItsYearIsTheNewsDate() {
        String news = "市卫生健康委召开健康行动推进会\n时间:2024-07-22 16:00\n2024年7月19日,市卫生健康委召开健康行动推进会。会议要求,年底前完成各项任务。";
        ReportMetadata m = extract(news);
        assertThat(m.publishedDate()).isEqualTo("2024-07-19");
        assertThat(m.periodYear()).isEqualTo(2024);
    }

    @Test
    void aHongKongPageDatesItsPieceDayFirst() {
        ReportMetadata m = extract("局长网志\n基层医疗新里程 – 卫生篇(03/11/2019)\n行政长官上周发表《施政报告》,政府会在全港设立地区康健中心。");
        assertThat(m.publishedDate()).isEqualTo("2019-11-03");
    }

    @Test
    void aSitesTrailOfCategoriesIsNoTitle() {
        String page = "资料 公文写作 计划/总结\n\n某县卫生健康局2021年工作总结\n2021年,全县新建村卫生室12所。";
        assertThat(extract(page).title()).isEqualTo("某县卫生健康局2021年工作总结");
        String lists = "工作计划更新\n\n工作计划热门\n\n某镇卫生院2022年工作计划\n\n2022年,全院计划完成体检3000人次。";
        assertThat(extract(lists).title()).isEqualTo("某镇卫生院2022年工作计划");
    }

    @Test
    void aSummaryReviewsAFinishedYearWhateverATemplateSiteTitlesIt() {
        String page = "2023年度全市卫生健康工作总结\n时间:2023-05-17 11:42:03\n2022年,全市卫生健康系统紧紧围绕中心工作,完成各项任务。\n一、疫情防控守牢底线。";
        assertThat(extract(page).periodYear()).isEqualTo(2022);
        String yearEnd = "2023年度全市卫生健康工作总结\n时间:2023-12-20\n2023年,全市卫生健康系统完成各项任务。";
        assertThat(extract(yearEnd).periodYear()).isEqualTo(2023);
        String halfYear = "2023年上半年全市卫生健康工作总结\n时间:2023-07-10\n上半年,全市完成体检3200人次。";
        assertThat(extract(halfYear).periodYear()).isEqualTo(2023);
    }

    @Test
    void aHeadlineOverAnArticlesInfoLineIsTheTitle() {
        String text = "某县卫健局喜获年度综合考核五连优\n\n信息来源:县卫健局 作者:张三 发布时间:2021-09-06 16:58\n\n9月3日,某县卫生健康局被评为优秀单位。";
        assertThat(extract(text).title()).isEqualTo("某县卫健局喜获年度综合考核五连优");
    }

    @Test
    void aHeadlineThePageRepeatsIsTheTitle() {
        String text = "未来五年某市卫生强市战略,到2030年将实现\n某某信息网 www.example.cn\n信息首发:未来五年某市卫生强市战略,到2030年将实现\n1、新建三级医院5家";
        assertThat(extract(text).title()).isEqualTo("未来五年某市卫生强市战略,到2030年将实现");
    }

    @Test
    void aNewsItemsWordedHeadlineIsItsTitleEvenWithAColon() {
        String news = "某县卫生健康工作会提出:高质量推进全县卫生健康事业发展\n\n记者从4月21日召开的2021年全县卫生健康工作会议上了解到,今年全县将加快健康县城建设。";
        assertThat(extract(news).title()).isEqualTo("某县卫生健康工作会提出:高质量推进全县卫生健康事业发展");
        String path = "首页 > 新闻中心 > 工作动态\n4月21日,2021年全县卫生健康工作会议召开。会议要求,今年全县要加快健康县城建设。";
        assertThat(extract(path).title()).as("a portal's path is no headline").isNull();
    }

    @Test
    void aReviewTitledAsOneWithAHeadingOnItsFocusIsASummary() {
        String text = "区卫健局2025年工作述职报告\n一、聚焦核心任务,扎实推进卫生健康事业稳步发展\n全年新增床位200张。\n";
        assertThat(extract(text).docType()).isEqualTo("summary");
        String both = "区卫健局2025年工作总结\n一、2025年工作情况\n全年新增床位200张。\n二、2026年工作重点\n建成胸痛中心。\n";
        assertThat(extract(both).docType()).isEqualTo("summary_and_plan");
    }

    @Test
    void newsOfAPlanIsTitledByThePlanItAnnouncesNotByItsHeadline() {
        String news = "我省出台《“健康某省2030”规划》\n\n某日报报道,近日,省委省政府出台《“健康某省2030”规划》。规划提出,到2030年人均期望寿命达到79.6岁。";
        assertThat(extract(news).title()).isEqualTo("“健康某省2030”规划");
        assertThat(extract(news).docType()).isEqualTo("plan");
    }

    @Test
    void aSharingSitesTitleGivesWayToTheDocumentsOwnWithItsYears() {
        String page = "2023年乡卫生院年工作总结和工作打算【完整版】\n乡卫生院2022年工作总结和2023年工作打算\n"
                + "2022年,全乡完成家庭医生签约4100人。\n一、2022年工作情况\n全年门诊1.2万人次。\n二、2023年工作打算\n力争门诊达到1.5万人次。";
        ReportMetadata m = extract(page);
        assertThat(m.title()).isEqualTo("乡卫生院2022年工作总结和2023年工作打算");
        assertThat(m.periodYear()).isEqualTo(2022);
    }

    @Test
    void aTitleNamingNextYearsWorkDeploymentNamesAPlanPart() {
        assertThat(extract("某镇卫生院工作总结暨2025年工作部署\n今年,全镇完成体检3200人次。").docType()).isEqualTo("summary_and_plan");
    }

    @Test
    void aDateWithTheDistributionListRunOntoItsLineIsTheSignaturesDate() {
        String notice = "某县卫生健康局关于印发《某县2024年爱国卫生工作方案》的通知\n各乡镇卫生院:\n现将《某县2024年爱国卫生工作方案》印发给你们,请认真组织实施。\n"
                + "(此件公开发布) 某县卫生健康局\n2024年3月8日 抄送:县政府办公室、县爱卫会";
        assertThat(extract(notice).publishedDate()).isEqualTo("2024-03-08");
    }

    @Test
    void theDateUnderANoticesNumberIsItsOwn() {
        String notice = "关于印发某市基层卫生服务能力提升方案(2024-2026年)的通知\n某卫基层发〔2024〕12号\n2024年4月2日\n各区卫生健康局:\n"
                + "现将方案印发给你们,请认真贯彻执行。\n发布时间:2024-04-09";
        assertThat(extract(notice).publishedDate()).isEqualTo("2024-04-02");
    }

    @Test
    void aMeetingDayThatLostItsMonthIsReadWhenItReadsOneWay() {
        String news = "某市召开2019年卫生健康工作会议\n发布日期:2019-03-22\n318日,某市卫生健康工作会议在市行政中心召开。会议总结了2018年工作。";
        assertThat(extract(news).publishedDate()).isEqualTo("2019-03-18");
    }

    @Test
    void aMeetingDayTakesTheHeadlinesYearWhenTheLeadDroppedIt() {
        String news = "某县召开全县2022年卫生健康工作会议\n4月7日,某县召开全县年卫生健康工作会议,各乡镇卫生院院长参加会议。";
        assertThat(extract(news).publishedDate()).isEqualTo("2022-04-07");
    }

    @Test
    void scopeWordsAboveTheIssuersLevelDoNotSetTheLevelOfAnUnnamedArea() {
        String report = "县卫健局2023年工作总结\n2023年,县卫健局基本公共卫生服务考核位列全省第三,家庭医生签约率达到76%。";
        ReportMetadata m = extract(report);
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("county");
    }

    @Test
    void aNationalBodyHeadingItsOwnNoticeIsItsIssuer() {
        String notice = "国家卫生健康委关于印发2025年卫生健康工作要点的通知\n国卫办发〔2025〕3号\n各省、自治区、直辖市卫生健康委:\n现将《2025年卫生健康工作要点》印发给你们。";
        assertThat(extract(notice).issuer()).isEqualTo("国家卫生健康委");
        String cited = "某县卫生健康局2025年工作要点\n认真落实国家卫生健康委工作部署,全年完成体检3200人次。";
        assertThat(extract(cited).issuer()).isNotEqualTo("国家卫生健康委");
    }

    @Test
    void aTemplateSitesCountOfSamplesIsNoPartOfTheTitle() {
        assertThat(extract("2024年社区卫生服务中心上半年工作总结(十二篇)\n上半年,中心完成体检3200人次。").title())
                .isEqualTo("2024年社区卫生服务中心上半年工作总结");
    }

    @Test
    void aHeadlineOpeningOnItsPlaceAndAColonSaysWhereTheNewsIsFrom() {
        String news = "新闻频道\n巫溪:家庭医生签约服务覆盖全县\n2024-05-06 10:12\n今年以来,组建家庭医生团队86个,签约率达到68%。";
        assertThat(extract(news).region()).isEqualTo("巫溪县");
        assertThat(extract("新闻频道\n家庭医生签约服务覆盖全县\n今年以来,巫溪组建家庭医生团队86个。").region()).isNull();
    }

    @Test
    void aPlacesOwnNewsSiteAsTheSourceNamesTheArea() {
        String news = "来源:巫溪新闻网 更新时间:2024-05-06 10:12\n今年以来,县卫健委组建家庭医生团队86个,全县签约率达到68%。";
        assertThat(extract(news).region()).isEqualTo("巫溪县");
    }

    @Test
    void aSitesCategoryAndCountAroundATitleGiveWayToTheTitlesOwnLine() {
        String page = "医院-2023年某县人民医院重点工作总结(全文2811字)\n2023年某县人民医院重点工作总结\n2023年,全院门诊量达到42万人次。";
        assertThat(extract(page).title()).isEqualTo("2023年某县人民医院重点工作总结");
        String sample = "第2篇 镇卫生院2022年工作总结及2023年工作计划 2160字\n一、2022年工作完成情况\n全院门诊量达到4.2万人次。";
        assertThat(extract(sample).title()).isEqualTo("镇卫生院2022年工作总结及2023年工作计划");
        assertThat(extract("VIP 某县卫生健康局2024年工作计划【三篇】\n一、主要目标\n年底前建成胸痛中心1家。").title())
                .isEqualTo("某县卫生健康局2024年工作计划");
        assertThat(extract("社区卫生服务中心年度工作计划四篇\n时间:2021-08-31\n今年计划新建家庭医生团队5个。").title())
                .isEqualTo("社区卫生服务中心年度工作计划");
        assertThat(extract("某县健康县城建设工作规划 (2021-2025年)\n一、发展基础\n全县有医疗机构120家。").title())
                .isEqualTo("某县健康县城建设工作规划(2021-2025年)");
    }

    @Test
    void aReviewTellingOfAPlanIssuedLastYearIsNotThatPlansNotice() {
        String review = "某市卫生健康委2024年工作总结及2025年工作计划\n2024年工作回顾\n"
                + "一、规划先行\n年初印发《某市卫生健康事业发展规划》,提出8项重点任务。全年新建社区卫生服务中心12家。";
        ReportMetadata m = extract(review);
        assertThat(m.title()).isEqualTo("某市卫生健康委2024年工作总结及2025年工作计划");
        assertThat(m.docType()).isEqualTo("summary_and_plan");
        assertThat(extract("关于印发《某县2025年爱国卫生工作方案》的通知\n各乡镇:\n现将方案印发给你们。").title())
                .isEqualTo("某县2025年爱国卫生工作方案");
    }

    @Test
    void aSitesNameRunIntoATitleGivesWayToTheTitleRepeatedUnderIt() {
        String page = "某某网 资料文库 某县卫生健康局2025年工作计划范文\n某县卫生健康局2025年工作计划范文\n2025年,全县计划新建村卫生室20所。";
        assertThat(extract(page).title()).isEqualTo("某县卫生健康局2025年工作计划");
    }

    @Test
    void countiesSpeakingAtAMeetingThatAddressesThemAreNotItsArea() {
        String news = "会议通报了2025年全市卫生健康系统重点工作完成情况。会议要求,各县(市、区)要奋力冲刺全年目标任务。"
                + "会上,巩义市卫生健康委、惠济区卫生健康委、市人民医院作交流发言。";
        ReportMetadata m = extract(news);
        assertThat(m.region()).isNull();
        assertThat(m.adminLevel()).isEqualTo("city");
        assertThat(m.issuer()).isNotEqualTo("巩义市卫生健康委").isNotEqualTo("惠济区卫生健康委");
    }

    @Test
    void hongKongsHealthBureauByItsOwnNameSpeaksOfHongKong() {
        String remarks = "以下是医务卫生局局长今日出席活动后会见传媒的谈话内容:\n局长:我们会继续增加公立医院病床,明年增加约400张。";
        ReportMetadata m = extract(remarks);
        assertThat(m.region()).isEqualTo("香港特别行政区");
    }

    @Test
    void newsOfAYearsStatisticsBulletinIsTitledByItAndReviewsItsYear() {
        String news = "本报讯 9月5日,市卫生健康委发布《2024年某市卫生健康事业发展统计公报》。《公报》指出,2024年末,全市医疗卫生机构床位3.2万张,"
                + "比上年增加1200张。";
        ReportMetadata m = extract(news);
        assertThat(m.title()).isEqualTo("2024年某市卫生健康事业发展统计公报");
        assertThat(m.docType()).isEqualTo("summary");
        assertThat(m.periodYear()).isEqualTo(2024);
    }
}
