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
    void aPortalRecordFieldGivesTitleAndDate() {
        String text = "标题: 泰安市卫生健康委员会2025年度工作计划\n发文日期: 2025-03-02 发布机构: 泰安市卫生健康委员会\n1.推进医改。";
        ReportMetadata m = extract(text);
        assertThat(m.title()).isEqualTo("泰安市卫生健康委员会2025年度工作计划");
        assertThat(m.publishedDate()).isEqualTo("2025-03-02");
        assertThat(m.region()).isEqualTo("泰安市");
        assertThat(m.periodYear()).isEqualTo(2025);
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
}
