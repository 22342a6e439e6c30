package io.reportlens.engine.frame;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The type a report's sentences give when nothing states it, on texts written for this test. */
class DocTypeCensusTest {

    private static final String REVIEW = """
            去年以来,全县新建村卫生室12所,完成了乡镇卫生院改造。
            已累计培训乡村医生320人次。
            截至年底,家庭医生签约服务覆盖率达到了68%。
            """;
    private static final String FORWARD = """
            明年将新建村卫生室12所。
            要加快推进乡镇卫生院改造。
            力争到2027年家庭医生签约服务覆盖率达到75%。
            """;

    @Test
    void sentencesThatLookBackMakeASummary() {
        assertThat(DocTypeCensus.correct(null, REVIEW, 2024)).isEqualTo("summary");
        assertThat(DocTypeCensus.correct("plan", REVIEW, 2024)).isEqualTo("summary");
    }

    @Test
    void sentencesThatLookForwardMakeAPlan() {
        assertThat(DocTypeCensus.correct(null, FORWARD, 2024)).isEqualTo("plan");
    }

    @Test
    void bothInStrengthMakeASummaryAndPlan() {
        assertThat(DocTypeCensus.correct(null, REVIEW + FORWARD, 2024)).isEqualTo("summary_and_plan");
    }

    @Test
    void aReviewClosingWithAForwardParagraphAndItsItemsReviewsAndPlans() {
        String plan = "2025年,全县将以党建为统领,全力推进健康某县建设。一是抓党建。落实全面从严治党主体责任。二是强基层。"
                + "加强乡村医生队伍建设。\n";
        assertThat(DocTypeCensus.correct(null, REVIEW + plan, 2025)).isEqualTo("summary_and_plan");
        assertThat(DocTypeCensus.correct("plan", REVIEW + plan, 2025)).isEqualTo("summary_and_plan");
        // a review closing with one sentence of intent is still a review
        assertThat(DocTypeCensus.correct(null, REVIEW + "下一步,我们将继续努力。\n", 2025)).isEqualTo("summary");
    }

    @Test
    void aTextOfFiguresThatLeansNeitherWayIsAReviewNeverNone() {
        assertThat(DocTypeCensus.correct(null, "全市共有医疗卫生机构1319个。床位6160张。", 2011)).isEqualTo("summary");
    }

    @Test
    void aStatedTypeStandsUnlessTheSentencesClearlyDisagree() {
        assertThat(DocTypeCensus.correct("speech", FORWARD, 2024)).isEqualTo("speech");
    }
}
