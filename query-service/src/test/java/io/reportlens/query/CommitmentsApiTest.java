package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.reportlens.query.support.ReportFixture;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CommitmentsApiTest {

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void aCommitmentOfOneYearIsMetOrNotMetFromTheNextYearsFigure() {
        String byId = "items.find { it.id == '%s' }.";
        given().queryParam("region", "韶关市").get("/api/commitments").then().statusCode(200)
                // 签约率 ≥ 75% by 2024: the 2024 summary states 76.1% → met
                .body(byId.formatted("c-sg23-1") + "status", equalTo("met"))
                .body(byId.formatted("c-sg23-1") + "evidenceMetricId", equalTo("m-sg24-1"))
                .body(byId.formatted("c-sg23-1") + "evidenceReportId", equalTo(Fixtures.SHAOGUAN_2024))
                .body(byId.formatted("c-sg23-1") + "evidenceValue", equalTo(76.1f))
                // 执业(助理)医师 达到 2.8 by 2024: the 2024 summary states 2.7 → not met
                .body(byId.formatted("c-sg23-2") + "status", equalTo("not_met"))
                .body(byId.formatted("c-sg23-2") + "evidenceMetricId", equalTo("m-sg24-2"))
                // no deadline → nothing to judge
                .body(byId.formatted("c-sg23-3") + "status", equalTo("untracked"))
                .body(byId.formatted("c-sg23-4") + "status", equalTo("untracked"));
        given().queryParam("region", "湖州市").get("/api/commitments").then()
                .body(byId.formatted("c-hz24-1") + "status", equalTo("no_evidence"));
    }

    @Test
    void aNewReportSettlesAnOlderCommitment() {
        Pipeline.send(meizhouPlan2024());
        Pipeline.awaitVersion("mz-2024-plan", "1.0.0");
        awaitStatus("mz-2024-plan", "no_evidence");
        Pipeline.send(meizhouSummary2025("mz-2025-summary", 91.5));
        awaitStatus("mz-2024-plan", "met");
        given().queryParam("regionCode", "350800").queryParam("status", "met").get("/api/commitments").then()
                .body("items.id", contains("c-mz24-1"));
        given().queryParam("reportId", "mz-2024-plan").get("/api/commitments").then()
                .body("items[0].evidenceReportId", equalTo("mz-2025-summary"))
                .body("items[0].evidenceYear", equalTo(2025));
    }

    @Test
    void aNewCommitmentIsSettledByAReportAlreadyStored() {
        Pipeline.send(meizhouSummary2025("mz-2025-summary-first", 85.0).report("龙岩市卫生健康局2025年工作总结", "上杭县",
                "350823", "福建省", "district", "summary", 2025, "2026-01-10"));
        Pipeline.awaitVersion("mz-2025-summary-first", "1.0.0");
        Pipeline.send(new ReportFixture("mx-2024-plan", "1.0.0", meizhouPlanText())
                .report("上杭县卫生健康局2024年工作计划", "上杭县", "350823", "福建省", "district", "plan", 2024, "2024-02-01")
                .metric("m-mz24-1", "孕产妇系统管理率达到90%以上", "孕产妇系统管理率", "maternal_management_rate", 90, "%",
                        "90%以上", ">=", "target", 2024, null)
                .commitment("c-mz24-1", "确保年内孕产妇系统管理率达到90%以上", "达到", "孕产妇系统管理率", "年内", "2024-12-31",
                        "m-mz24-1", "孕产妇系统管理率", 90.0, "%", ">=", "firm", "妇幼与托育"));
        awaitStatus("mx-2024-plan", "not_met");
    }

    @Test
    void filters() {
        given().queryParam("region", "韶关市").queryParam("status", "met").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-1"));
        given().queryParam("regionCode", "440200").queryParam("status", "not_met").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-2"));
        given().queryParam("regionCode", "440000").queryParam("strength", "aspirational").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-3"));
        given().queryParam("regionCode", "440200").queryParam("topic", "医改").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-4"));
        given().queryParam("region", "湖州市").queryParam("dueBefore", "2024-06-30").get("/api/commitments").then()
                .body("items.id", contains("c-hz24-2"));
        given().queryParam("regionCode", "440200").queryParam("dueAfter", "2024-06-01").get("/api/commitments").then()
                .body("items.id", containsInAnyOrder("c-sg23-1", "c-sg23-2"));
        given().queryParam("regionCode", "440200").queryParam("measurable", "false").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-4"));
        given().queryParam("regionCode", "440200").queryParam("q", "医共体").get("/api/commitments").then()
                .body("items.id", contains("c-sg23-4"));
        given().queryParam("region", "湖州市").queryParam("year", 2024).queryParam("sort", "-due").get("/api/commitments")
                .then().body("items.id", contains("c-hz24-1", "c-hz24-2"));
    }

    private static void awaitStatus(String reportId, String status) {
        Pipeline.await(reportId + " commitment " + status,
                () -> RestAssured.given().queryParam("reportId", reportId).get("/api/commitments"),
                (Response r) -> r.statusCode() == 200 && status.equals(r.path("items[0].status")));
    }

    private static String meizhouPlanText() {
        return """
                龙岩市卫生健康局2024年工作计划
                确保年内孕产妇系统管理率达到90%以上。
                """;
    }

    private static ReportFixture meizhouPlan2024() {
        return new ReportFixture("mz-2024-plan", "1.0.0", meizhouPlanText())
                .report("龙岩市卫生健康局2024年工作计划", "龙岩市", "350800", "福建省", "city", "plan", 2024, "2024-02-01")
                .metric("m-mz24-1", "孕产妇系统管理率达到90%以上", "孕产妇系统管理率", "maternal_management_rate", 90, "%",
                        "90%以上", ">=", "target", 2024, null)
                .commitment("c-mz24-1", "确保年内孕产妇系统管理率达到90%以上", "达到", "孕产妇系统管理率", "年内", "2024-12-31",
                        "m-mz24-1", "孕产妇系统管理率", 90.0, "%", ">=", "firm", "妇幼与托育");
    }

    private static ReportFixture meizhouSummary2025(String id, double value) {
        String raw = (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
        String text = "龙岩市卫生健康局2025年工作总结\n全市孕产妇系统管理率达到" + raw + "。\n";
        return new ReportFixture(id, "1.0.0", text)
                .report("龙岩市卫生健康局2025年工作总结", "龙岩市", "350800", "福建省", "city", "summary", 2025, "2026-01-10")
                .metric("m-" + id, "孕产妇系统管理率达到" + raw, "孕产妇系统管理率", "maternal_management_rate", value, "%",
                        raw, "=", "actual", null, null);
    }
}
