package io.reportlens.query.load;

import io.reportlens.query.model.CommitmentInfo;
import io.reportlens.query.model.DeadlineInfo;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.model.MetricInfo;
import io.reportlens.query.model.ReportInfo;
import io.reportlens.query.model.SectionInfo;
import io.reportlens.query.model.TargetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Extraction results shaped like the extractor's output for health-bureau reports, varied by region
 * and year: every region gets a summary and a plan for each of ten years (2015–2024), so a region's
 * history (and so its buckets and series) is as deep as in a full store; more reports mean more regions.
 */
final class SyntheticReports {

    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};

    /** indicator id, wording, unit, typical value. */
    static final String[][] INDICATORS = {
            {"family_doctor_contract_rate", "家庭医生签约率", "%", "70"},
            {"licensed_physicians_per_1000", "每千常住人口执业(助理)医师", "人", "2.8"},
            {"registered_nurses_per_1000", "每千常住人口注册护士", "人", "3.2"},
            {"beds_per_1000", "每千常住人口床位", "张", "5.5"},
            {"maternal_management_rate", "孕产妇系统管理率", "%", "92"},
            {"child_health_management_rate", "3岁以下儿童系统管理率", "%", "90"},
            {"elderly_health_management_rate", "老年人健康管理率", "%", "68"},
            {"hypertension_management_rate", "高血压患者规范管理率", "%", "65"},
            {"diabetes_management_rate", "糖尿病患者规范管理率", "%", "64"},
            {"infant_mortality_rate", "婴儿死亡率", "‰", "3.5"},
            {"health_literacy_rate", "居民健康素养水平", "%", "25"},
            {"ehr_coverage_rate", "电子健康档案建档率", "%", "88"}};

    private SyntheticReports() {
    }

    static int regionCount() {
        return PROVINCES.length * 16 * 10;
    }

    /** The n-th region: a province's prefectures (01–16), each with nine counties (01–09). */
    static String regionCode(int n) {
        int province = n / 160;
        int prefecture = (n % 160) / 10 + 1;
        int county = n % 10;
        return PROVINCES[province % PROVINCES.length] + String.format("%02d%02d", prefecture, county);
    }

    static String regionName(String code) {
        return "测试" + code + (code.endsWith("00") ? "市" : "县");
    }

    static String reportId(int i) {
        return "load-" + i;
    }

    /** Report i: region i / 20, year (i / 2) % 10, a summary for even i and a plan for the next year for odd i. */
    static ExtractedReport report(int i) {
        Random random = new Random(i);
        String code = regionCode(i / (2 * YEARS));
        String region = regionName(code);
        int year = FIRST_YEAR + (i / 2) % YEARS;
        boolean summary = i % 2 == 0;
        int periodYear = summary ? year : year + 1;
        String title = region + "卫生健康局" + periodYear + (summary ? "年工作总结" : "年工作计划");
        StringBuilder text = new StringBuilder(title).append('\n');
        text.append(summary ? "一、" + year + "年工作回顾\n" : "一、" + periodYear + "年主要目标\n");
        List<MetricInfo> metrics = new ArrayList<>();
        List<CommitmentInfo> commitments = new ArrayList<>();
        for (int k = 0; k < INDICATORS.length; k++) {
            String[] ind = INDICATORS[k];
            double base = Double.parseDouble(ind[3]);
            double value = Math.round(base * (0.85 + 0.3 * random.nextDouble()) * 100) / 100.0;
            String raw = value + ind[2];
            String metricId = "m-" + i + "-" + k;
            if (summary) {
                String sentence = "全" + (code.endsWith("00") ? "市" : "县") + ind[1] + "达到" + raw;
                int start = text.length();
                text.append(sentence).append("，较上年有所提高。");
                metrics.add(new MetricInfo(metricId, ind[1], ind[0], value, null, ind[2], raw, "=", "actual", null, null,
                        null, sentence, start, start + sentence.length()));
            } else {
                String sentence = "年内" + ind[1] + "达到" + raw + "以上";
                int start = text.length();
                text.append("确保").append(sentence).append("。");
                int metricStart = start + 2 + 2;
                String metricText = ind[1] + "达到" + raw + "以上";
                metrics.add(new MetricInfo(metricId, ind[1], ind[0], value, null, ind[2], raw + "以上", ">=", "target",
                        periodYear, null, null, metricText, metricStart, metricStart + metricText.length()));
                String commitmentText = "确保" + sentence;
                commitments.add(new CommitmentInfo("c-" + i + "-" + k, commitmentText, start,
                        start + commitmentText.length(), "达到", ind[1],
                        List.of(new DeadlineInfo("年内", periodYear + "-12-31")),
                        List.of(new TargetInfo(metricId, ind[1], value, null, ind[2], ">=")), "firm", null,
                        k % 2 == 0 ? "基层卫生" : "公共卫生与疾控", true));
            }
            text.append('\n');
        }
        text.append("二、").append(summary ? "存在的问题\n" : "重点工作\n");
        text.append("紧密型县域医共体建设还需深化，基层医疗卫生服务能力仍然不足，公共卫生应急体系有待完善。")
                .append("持续推进分级诊疗和家庭医生签约服务，加强中医药传承创新，做好一老一小健康服务。\n");
        List<SectionInfo> sections = List.of(new SectionInfo(summary ? "一、" + year + "年工作回顾" : "一、主要目标", 1,
                summary ? "review" : "plan", null, title.length() + 1, text.length()));
        ReportInfo info = new ReportInfo(title, region + "卫生健康局", region, code,
                "测试" + code.substring(0, 2) + "0000省", code.endsWith("00") ? "city" : "county",
                summary ? "summary" : "plan", periodYear, periodYear + (summary ? 1 : 0) + "-01-15", "simplified");
        return new ExtractedReport(reportId(i), null, null, null, "1.0.0", "2025-01-01T00:00:00Z", info, sections,
                metrics, commitments, text.toString());
    }
}
