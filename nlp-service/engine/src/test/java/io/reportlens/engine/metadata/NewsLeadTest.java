package io.reportlens.engine.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsLeadTest {

    @Test
    void aDayThenAMeetingHeldIsNewsOfTheMeeting() {
        assertThat(NewsLead.of("4月12日上午,全县卫生健康系统安全生产工作推进会在县卫健局召开。会上通报了…"))
                .isEqualTo(NewsLead.Kind.MEETING);
    }

    @Test
    void aDayThenHeldThenTheMeetingIsNewsOfTheMeetingToo() {
        assertThat(NewsLead.of("近日,区卫健委召开2024年基层卫生工作调度会。"))
                .isEqualTo(NewsLead.Kind.MEETING);
    }

    @Test
    void theMeetingMustBeHeldInTheSameSentenceAsTheDay() {
        assertThat(NewsLead.of("3月5日,我们开展了义诊活动。随后又总结了经验,在会议上交流,不少单位召开了现场观摩。"))
                .isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aMeetingTooFarFromItsDayIsNotTheLeadsEvent() {
        String far = "近日" + "市卫生健康委员会组织专家深入基层调研并形成报告".repeat(4) + "会议召开";
        assertThat(NewsLead.reportsADatedMeeting(far)).isFalse();
    }

    @Test
    void aSpeechAddressingItsAudienceIsTheDocumentItself() {
        assertThat(NewsLead.of("同志们:\n今天召开全市卫生健康工作会议,主要任务是…")).isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aNoticeOfAPlanIssuedIsNewsOfThePlan() {
        assertThat(NewsLead.of("日前,省卫生健康委印发《基层卫生服务能力提升方案》,明确了五项任务。"))
                .isEqualTo(NewsLead.Kind.PLAN);
        // a press event that tells of a plan drawn up is news of the plan, not of the event
        assertThat(NewsLead.of("今天上午,区政府召开新闻发布会。记者获悉,区卫生健康局编制了《某区护理事业发展规划》,已印发实施。"))
                .isEqualTo(NewsLead.Kind.PLAN);
    }

    @Test
    void aPlanLaunchedOrCitedWithItsGoalsIsNewsOfAPlan() {
        assertThat(NewsLead.of("某省启动实施健康行动\n新华社电 某省日前正式启动实施包括控烟等15项专项行动在内的健康某省行动(2019年—2030年)。"))
                .isEqualTo(NewsLead.Kind.PLAN);
        assertThat(NewsLead.of("我市迅速制定推进方案。《某市推进健康行动实施方案》确定了到2030年的目标。"))
                .isEqualTo(NewsLead.Kind.PLAN);
        assertThat(NewsLead.of("全县去年启动实施了家庭医生签约服务,签约率达75%。")).isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aCampaignLaunchedWithTheYearOfItsGoalsIsNewsOfAPlan() {
        String text = "某省启动爱国卫生专项行动\n记者从启动仪式上获悉,某省正式启动实施卫生城镇创建三年行动,要求到2026年,全省国家卫生县达到60个以上。";
        assertThat(NewsLead.of(text)).isEqualTo(NewsLead.Kind.PLAN);
        assertThat(NewsLead.of("记者获悉,某省启动实施卫生城镇创建行动以来,已建成国家卫生县52个。")).isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aMeetingHeadlineUnderASitesChromeMakesNewsOfTheMeeting() {
        String page = "首页 本地新闻 查看内容\n学思践悟开新局——区卫健局召开2023年度股室负责人述职述廉汇报会\n摘要: 1月9日,区卫健局…\n";
        assertThat(NewsLead.of(page)).isEqualTo(NewsLead.Kind.MEETING);
        assertThat(NewsLead.of("工作总结\n今年以来,我局召开党组会议12次。\n3.按时召开党组会议\n"))
                .as("a line after the first sentence, or a list item, is no headline").isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aPressEventOnADayIsNewsOfThatEventButNoMeeting() {
        assertThat(NewsLead.of("某市卫生局今(18)日举办年度业务成果记者会,公布一年来的成果。"))
                .isEqualTo(NewsLead.Kind.EVENT);
        assertThat(NewsLead.of("今年我局举办健康讲座30场,受众2万人次。")).isEqualTo(NewsLead.Kind.NONE);
    }

    @Test
    void aPlanPublishedIsNewsOfThePlanButABulletinPublishedIsNot() {
        assertThat(NewsLead.of("近日,某市人民政府网发布了《某市“十四五”卫生健康事业发展专项规划(2021-2025)》。"))
                .isEqualTo(NewsLead.Kind.PLAN);
        assertThat(NewsLead.of("近日,某市卫生健康委发布《2024年某市卫生健康事业发展统计公报》。全市总诊疗人次4107万。"))
                .isEqualTo(NewsLead.Kind.NONE);
    }
}
