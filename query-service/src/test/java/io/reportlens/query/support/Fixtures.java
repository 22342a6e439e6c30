package io.reportlens.query.support;

/**
 * The project's own reports, written in the style of a prefecture's and a county's health bureau:
 * 韶关市 for 2023 (review + plan for 2024) and 2024 (review), 南雄市 (a county-level city under 韶关)
 * for 2023, and 湖州市 in another province for 2024 with a re-issued version.
 */
public final class Fixtures {

    public static final String SIGNING = "family_doctor_contract_rate";
    public static final String PHYSICIANS = "licensed_physicians_per_1000";
    public static final String BEDS = "beds_per_1000";

    public static final String SHAOGUAN_2023 = "sg-2023-summary-plan";
    public static final String SHAOGUAN_2024 = "sg-2024-summary";
    public static final String NANXIONG_2023 = "nx-2023-summary";
    public static final String HUZHOU_2024 = "hz-2024-plan";
    public static final String HUZHOU_2024_REISSUED = "hz-2024-plan-v2";

    private Fixtures() {
    }

    public static ReportFixture shaoguan2023(String version) {
        String text = """
                韶关市卫生健康局2023年工作总结和2024年工作计划
                一、2023年工作回顾
                全市家庭医生签约率达到72.5%，较上年提高1.8个百分点。每千常住人口执业(助理)医师2.6人，每千常住人口床位5.1张。
                紧密型县域医共体建设全面推开，10个县(市、区)实现医共体全覆盖。
                二、2024年工作计划
                年内家庭医生签约率达到75%以上。
                2024年底前每千常住人口执业(助理)医师达到2.8人。
                力争每千常住人口床位数保持在5张以上。
                持续深化医共体改革，推动优质资源下沉。
                """;
        return new ReportFixture(SHAOGUAN_2023, version, text)
                .report("韶关市卫生健康局2023年工作总结和2024年工作计划", "韶关市", "440200", "广东省", "city",
                        "summary_and_plan", 2023, "2024-01-20")
                .section("一、2023年工作回顾", "review", "10个县(市、区)实现医共体全覆盖。")
                .section("二、2024年工作计划", "plan", null)
                .metric("m-sg23-1", "家庭医生签约率达到72.5%", "家庭医生签约率", SIGNING, 72.5, "%", "72.5%", "=",
                        "actual", null, null)
                .metric("m-sg23-2", "较上年提高1.8个百分点", "家庭医生签约率", SIGNING, 1.8, "个百分点", "1.8个百分点", "=",
                        "change", null, null)
                .metric("m-sg23-3", "每千常住人口执业(助理)医师2.6人", "每千常住人口执业(助理)医师", PHYSICIANS, 2.6, "人",
                        "2.6人", "=", "actual", null, null)
                .metric("m-sg23-4", "每千常住人口床位5.1张", "每千常住人口床位", BEDS, 5.1, "张", "5.1张", "=", "actual",
                        null, null)
                .metric("m-sg23-5", "10个县(市、区)实现医共体全覆盖", "实现医共体全覆盖的县(市、区)", null, 10, "个", "10个", "=",
                        "actual", null, null)
                .metric("m-sg23-6", "家庭医生签约率达到75%以上", "家庭医生签约率", SIGNING, 75, "%", "75%以上", ">=",
                        "target", 2024, null)
                .metric("m-sg23-7", "每千常住人口执业(助理)医师达到2.8人", "每千常住人口执业(助理)医师", PHYSICIANS, 2.8, "人",
                        "2.8人", "=", "target", 2024, null)
                .metric("m-sg23-8", "每千常住人口床位数保持在5张以上", "每千常住人口床位数", BEDS, 5, "张", "5张以上", ">=",
                        "target", 2024, null)
                .commitment("c-sg23-1", "年内家庭医生签约率达到75%以上", "达到", "家庭医生签约率", "年内", "2024-12-31",
                        "m-sg23-6", "家庭医生签约率", 75.0, "%", ">=", "normal", "基层卫生")
                .commitment("c-sg23-2", "2024年底前每千常住人口执业(助理)医师达到2.8人", "达到", "每千常住人口执业(助理)医师",
                        "2024年底前", "2024-12-31", "m-sg23-7", "每千常住人口执业(助理)医师", 2.8, "人", "=", "normal",
                        "人才与科教")
                .commitment("c-sg23-3", "力争每千常住人口床位数保持在5张以上", "保持", "每千常住人口床位数", null, null,
                        "m-sg23-8", "每千常住人口床位数", 5.0, "张", ">=", "aspirational", "医疗服务")
                .commitment("c-sg23-4", "持续深化医共体改革，推动优质资源下沉", "深化", "医共体改革", null, null, null, null,
                        null, null, null, "normal", "医改");
    }

    public static ReportFixture shaoguan2024(String version) {
        String text = """
                韶关市卫生健康局2024年工作总结
                2024年，全市家庭医生签约率达到76.1%，每千常住人口执业(助理)医师2.7人。
                医共体牵头医院下派骨干医师120人次。
                """;
        return new ReportFixture(SHAOGUAN_2024, version, text)
                .report("韶关市卫生健康局2024年工作总结", "韶关市", "440200", "广东省", "city", "summary", 2024, "2025-01-15")
                .metric("m-sg24-1", "家庭医生签约率达到76.1%", "家庭医生签约率", SIGNING, 76.1, "%", "76.1%", "=",
                        "actual", 2024, null)
                .metric("m-sg24-2", "每千常住人口执业(助理)医师2.7人", "每千常住人口执业(助理)医师", PHYSICIANS, 2.7, "人",
                        "2.7人", "=", "actual", 2024, null)
                .metric("m-sg24-3", "下派骨干医师120人次", "医共体牵头医院下派骨干医师", null, 120, "人次", "120人次", "=",
                        "actual", 2024, null);
    }

    public static ReportFixture nanxiong2023(String version) {
        String text = """
                南雄市卫生健康局2023年工作总结
                全市家庭医生签约率达到68%，每千常住人口床位4.2张。
                """;
        return new ReportFixture(NANXIONG_2023, version, text)
                .report("南雄市卫生健康局2023年工作总结", "南雄市", "440282", "广东省", "county", "summary", 2023, "2024-02-03")
                .metric("m-nx23-1", "家庭医生签约率达到68%", "家庭医生签约率", SIGNING, 68, "%", "68%", "=", "actual",
                        null, null)
                .metric("m-nx23-2", "每千常住人口床位4.2张", "每千常住人口床位", BEDS, 4.2, "张", "4.2张", "=", "actual",
                        null, null);
    }

    public static ReportFixture huzhou2024(String reportId, String version) {
        String text = """
                湖州市卫生健康委员会2024年工作要点
                全面推进县域医共体提质增效，确保年底前家庭医生签约率不低于80%。
                3月底前完成基层医疗卫生机构绩效考核。
                """;
        return new ReportFixture(reportId, version, text)
                .report("湖州市卫生健康委员会2024年工作要点", "湖州市", "330500", "浙江省", "city", "plan", 2024, "2024-03-01")
                .metric("m-hz24-1", "家庭医生签约率不低于80%", "家庭医生签约率", SIGNING, 80, "%", "不低于80%", ">=",
                        "target", 2024, null)
                .commitment("c-hz24-1", "确保年底前家庭医生签约率不低于80%", "不低于", "家庭医生签约率", "年底前", "2024-12-31",
                        "m-hz24-1", "家庭医生签约率", 80.0, "%", ">=", "firm", "基层卫生")
                .commitment("c-hz24-2", "3月底前完成基层医疗卫生机构绩效考核", "完成", "基层医疗卫生机构绩效考核", "3月底前",
                        "2024-03-31", null, null, null, null, null, "normal", "综合监管");
    }
}
