package io.reportlens.engine.commitments;

import io.reportlens.engine.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerFinderTest {

    private final OwnerFinder finder = new OwnerFinder(
            new ReportMetadata(null, "某县卫生健康局", "某县", null, null, "county", "plan", 2024, null, "simplified"));

    private String owner(String sentence, String action) {
        return finder.find(sentence, sentence.indexOf(action));
    }

    @Test
    void namesTheBodyThatOpensTheClauseOfTheAction() {
        assertThat(owner("年内,县中医院要建成治未病中心", "建成")).isEqualTo("县中医院");
        assertThat(owner("各乡镇卫生院至少配备1名公卫医师", "配备")).isEqualTo("各乡镇卫生院");
        assertThat(owner("此项工作省里年底考核,各地务必高度重视,抓好落实", "抓好")).isEqualTo("各地");
        assertThat(owner("县疾控中心负责组织培训", "组织")).isEqualTo("县疾控中心");
    }

    @Test
    void theIssuerObjectsAndUnnamedSubjectsAreNoOwner() {
        assertThat(owner("我局将加快推进县医院迁建", "推进")).isNull();
        assertThat(owner("对推进不力的单位要及时约谈", "约谈")).isNull();
        assertThat(owner("要加强院感防控", "加强")).isNull();
        assertThat(owner("县人民医院电子病历应用水平要达到4级", "达到")).isNull();
    }
}
