package io.reportlens.engine.commitments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrengthClassifierTest {

    private final StrengthClassifier classifier = new StrengthClassifier();

    private String strength(String sentence, String action) {
        return classifier.classify(sentence, sentence.indexOf(action));
    }

    @Test
    void firmWordsMakeAFirmCommitment() {
        assertThat(strength("确保孕产妇死亡率控制在10/10万以下", "控制在")).isEqualTo("firm");
        assertThat(strength("各医疗机构必须在年底前完成整改", "完成")).isEqualTo("firm");
        assertThat(strength("坚决守住不发生规模性疫情的底线", "守住")).isEqualTo("firm");
    }

    @Test
    void aFirmWordAnywhereBindsTheSentence() {
        assertThat(strength("此项工作省里要在年底验收,各县区务必高度重视,按时完成改造", "完成")).isEqualTo("firm");
    }

    @Test
    void aspirationalWordsMakeAnAspirationalCommitment() {
        assertThat(strength("力争全区二级以上医院预约诊疗率达到60%", "达到")).isEqualTo("aspirational");
        assertThat(strength("争取新增国家级重点专科1个", "新增")).isEqualTo("aspirational");
        assertThat(strength("努力提高高血压患者规范管理率", "提高")).isEqualTo("aspirational");
        assertThat(strength("积极争创全国基层中医药工作示范县", "争创")).isEqualTo("aspirational");
    }

    @Test
    void anAspirationalWordAnywhereSoftensTheSentence() {
        assertThat(strength("探索开展家庭病床服务,家庭医生签约率达到70%", "达到")).isEqualTo("aspirational");
        assertThat(strength("依法行医、规范管理,努力提升依法行政水平", "管理")).isEqualTo("aspirational");
        assertThat(strength("开展家庭病床服务,家庭医生签约率达到70%", "达到")).isEqualTo("normal");
    }

    @Test
    void theWordGoverningTheActionWinsWhenBothKindsAppear() {
        assertThat(strength("确保疫苗接种安全,力争适龄儿童接种率达到95%", "达到")).isEqualTo("aspirational");
        assertThat(strength("力争早日通过复审,确保国家卫生城市复审顺利通过", "顺利通过")).isEqualTo("firm");
    }

    @Test
    void plainPlansAreNormal() {
        assertThat(strength("新建社区卫生服务站8个", "新建")).isEqualTo("normal");
    }
}
