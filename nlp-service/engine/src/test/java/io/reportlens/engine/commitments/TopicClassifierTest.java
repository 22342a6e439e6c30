package io.reportlens.engine.commitments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier();

    @Test
    void filesSentencesUnderTheAreaTheirWordsBelongTo() {
        assertThat(classifier.classify("新增普惠性托位300个")).isEqualTo("妇幼与托育");
        assertThat(classifier.classify("推进紧密型县域医共体建设,落实医保打包支付")).isEqualTo("医改");
        assertThat(classifier.classify("每个乡镇卫生院建成中医馆")).isEqualTo("中医药");
        assertThat(classifier.classify("二级以上医院电子病历应用水平达到4级")).isEqualTo("信息化");
        assertThat(classifier.classify("开展职业健康保护行动,加强职业卫生监测")).isEqualTo("公共卫生与疾控");
        assertThat(classifier.classify("深入开展党纪学习教育,加强党支部建设")).isEqualTo("党建");
    }

    @Test
    void fallsBackOnTheItemHeadingThenOnOther() {
        assertThat(classifier.classify("完成年度任务", "6.加强老年健康服务")).isEqualTo("老龄健康");
        assertThat(classifier.classify("完成年度任务", null, null)).isEqualTo(TopicClassifier.OTHER);
    }
}
