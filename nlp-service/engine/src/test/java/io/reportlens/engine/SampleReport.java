package io.reportlens.engine;

/** A short work report written for the tests in the style of a district health commission's. */
public final class SampleReport {

    public static final String TITLE = "江宁区卫生健康委员会2023年工作总结及2024年工作计划";

    /** The report as its normalized text must read: one paragraph per line, Simplified, ASCII punctuation. */
    public static final String NORMALIZED = String.join("\n",
            TITLE,
            "2024年1月15日",
            "2023年,我委坚持以人民健康为中心,扎实推进各项卫生健康工作,取得明显成效。",
            "一、2023年主要工作情况",
            "(一)提升基层服务能力。全区建成社区卫生服务中心12家,每千常住人口执业(助理)医师2.8人。一是推进家庭医生签约服务,重点人群签约率达65.2%;二是开展健康义诊活动36场。",
            "(二)加强疾病预防控制。完成适龄儿童免疫规划疫苗接种4.1万剂次,传染病报告及时率100%。",
            "二、存在问题",
            "基层医疗卫生人才不足,部分机构设备老化。",
            "三、2024年工作计划",
            "(一)深化医药卫生体制改革。年底前建成紧密型医联体3个。",
            "(二)强化公共卫生服务。力争高血压患者规范管理率达到70%以上。");

    private SampleReport() {
    }

    /** The same report as a portal or a scraper would write it: full-width punctuation, indents, blank lines. */
    public static String asScraped() {
        return "\u3000\u3000" + NORMALIZED.replace("\n", "\n\n\u3000\u3000").replace(',', '，').replace(':', '：')
                .replace(';', '；').replace('(', '（').replace(')', '）') + "\n";
    }
}
