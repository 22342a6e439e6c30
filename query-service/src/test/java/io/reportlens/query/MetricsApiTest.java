package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.reportlens.query.support.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
class MetricsApiTest {

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void actualFiguresOfAnIndicatorInAProvinceSortedByValue() {
        given().queryParam("indicatorId", Fixtures.SIGNING).queryParam("regionCode", "440000")
                .queryParam("kind", "actual").queryParam("sort", "-value").get("/api/metrics").then().statusCode(200)
                .body("items.value", contains(76.1f, 72.5f, 68.0f))
                .body("items.regionCode", contains("440200", "440200", "440282"))
                .body("total", equalTo(3));
    }

    @Test
    void indicatorWordingIsASubstringMatch() {
        given().queryParam("indicator", "签约率").queryParam("regionCode", "440000").get("/api/metrics").then()
                .body("total", equalTo(5)).body("items.indicator", everyItem(equalTo("家庭医生签约率")));
    }

    @Test
    void unitRegionYearValueRangeAndReportFilters() {
        given().queryParam("unit", "张").queryParam("regionCode", "440000").get("/api/metrics").then()
                .body("items.id", containsInAnyOrder("m-sg23-4", "m-sg23-8", "m-nx23-2"));
        given().queryParam("region", "南雄市").get("/api/metrics").then().body("total", equalTo(2));
        given().queryParam("year", 2024).queryParam("regionCode", "440200").get("/api/metrics").then()
                .body("items.id", containsInAnyOrder("m-sg23-6", "m-sg23-7", "m-sg23-8", "m-sg24-1", "m-sg24-2", "m-sg24-3"));
        given().queryParam("indicatorId", Fixtures.SIGNING).queryParam("regionCode", "440000")
                .queryParam("minValue", 70).queryParam("maxValue", 80).get("/api/metrics").then()
                .body("items.id", containsInAnyOrder("m-sg23-1", "m-sg23-6", "m-sg24-1"));
        given().queryParam("reportId", Fixtures.NANXIONG_2023).queryParam("sort", "value").get("/api/metrics").then()
                .body("items.id", contains("m-nx23-2", "m-nx23-1"));
    }

    @Test
    void theRegionBucketsAnswerAsTheCollectionDoes() {
        // With includeSuperseded the list drops the superseded condition; without, it must hold the same
        // current metrics (once answered from keyed documents, now the same find with one condition more).
        String[][] filters = {
                {"regionCode", "440000", "sort", "-value"},
                {"regionCode", "440200", "kind", "target", "sort", "year"},
                {"regionCode", "440000", "indicator", "每千", "minValue", "3", "sort", "value"},
                {"regionCode", "440282", "year", "2023"},
                {"regionCode", "440000", "year", "2024", "sort", "value"},
                // indicator + region + year: the province's comparison document
                {"regionCode", "440000", "indicatorId", Fixtures.SIGNING, "year", "2023", "sort", "-value"},
                {"regionCode", "440200", "indicatorId", Fixtures.SIGNING, "year", "2024", "kind", "actual"},
                // indicator + year, no region: the comparison parts of every prefecture the indicator is known in
                {"indicatorId", Fixtures.BEDS, "year", "2023"},
                {"indicatorId", Fixtures.PHYSICIANS, "year", "2024", "kind", "target"},
                // indicator + region: the series documents of the codes under it
                {"regionCode", "440000", "indicatorId", Fixtures.SIGNING, "sort", "value"},
                {"regionCode", "440200", "indicatorId", Fixtures.SIGNING, "kind", "target"}};
        for (String[] f : filters) {
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < f.length; i += 2) {
                params.put(f[i], f[i + 1]);
            }
            List<String> fromBuckets = given().queryParams(params).get("/api/metrics").then().statusCode(200)
                    .extract().path("items.id");
            List<String> fromCollection = given().queryParams(params).queryParam("includeSuperseded", true)
                    .get("/api/metrics").then().extract().path("items.id");
            assertThat(fromBuckets).as(params.toString()).isNotEmpty()
                    .isEqualTo(fromCollection);
        }
    }

    @Test
    void anIndicatorAndYearNationwideSpansProvincesAndShowsOnlyCurrentReports() {
        List<Map<String, Object>> current = given().queryParam("indicatorId", Fixtures.SIGNING).queryParam("year", 2024)
                .queryParam("sort", "-value").get("/api/metrics").then().statusCode(200).extract().path("items");
        List<Map<String, Object>> stored = given().queryParam("indicatorId", Fixtures.SIGNING).queryParam("year", 2024)
                .queryParam("sort", "-value").queryParam("includeSuperseded", true).get("/api/metrics").then()
                .extract().path("items");
        assertThat(current).extracting(m -> m.get("regionCode")).contains("440200", "330500");
        assertThat(current).extracting(m -> m.get("reportId")).contains(Fixtures.HUZHOU_2024_REISSUED)
                .doesNotContain(Fixtures.HUZHOU_2024);
        assertThat(current).isEqualTo(stored.stream().filter(m -> !Fixtures.HUZHOU_2024.equals(m.get("reportId"))).toList());
    }

    @Test
    void anIndicatorAndYearNationwideIncludesFiguresWithoutARegionCode() {
        String indicatorId = "outpatient_share_test";
        String text = "长沙市卫生健康委2025年工作总结\n全市基层诊疗量占比达到61%，全国平均水平为55%。\n";
        Pipeline.send(new ReportFixture("cs-2025-summary", "1.0.0", text)
                .report("长沙市卫生健康委2025年工作总结", "长沙市", "430100", "湖南省", "city", "summary", 2025, "2026-01-15")
                .metric("m-cs25-1", "全市基层诊疗量占比达到61%", "基层诊疗量占比", indicatorId, 61, "%", "61%", "=", "actual",
                        null, null)
                .metric("m-cs25-2", "全国平均水平为55%", "基层诊疗量占比", indicatorId, 55, "%", "55%", "=", "actual",
                        null, "全国"));
        Pipeline.await("both figures listed nationwide", () -> given().queryParam("indicatorId", indicatorId)
                .queryParam("year", 2025).queryParam("sort", "value").get("/api/metrics"),
                r -> r.statusCode() == 200 && ((Number) r.path("total")).intValue() == 2);
        given().queryParam("indicatorId", indicatorId).queryParam("year", 2025).queryParam("sort", "value")
                .get("/api/metrics").then()
                .body("items.id", contains("m-cs25-2", "m-cs25-1"))
                .body("items.region", contains("全国", "长沙市"))
                .body("items.regionCode", contains(null, "430100"));
        // A region filter still means the coded figures under it only.
        given().queryParam("indicatorId", indicatorId).queryParam("year", 2025).queryParam("regionCode", "430000")
                .get("/api/metrics").then().body("items.id", contains("m-cs25-1"));

        // Re-extracted without the national figure: it leaves the nationwide list too.
        Pipeline.send(new ReportFixture("cs-2025-summary", "1.1.0", text)
                .report("长沙市卫生健康委2025年工作总结", "长沙市", "430100", "湖南省", "city", "summary", 2025, "2026-01-15")
                .metric("m-cs25-1", "全市基层诊疗量占比达到61%", "基层诊疗量占比", indicatorId, 61, "%", "61%", "=", "actual",
                        null, null));
        Pipeline.awaitVersion("cs-2025-summary", "1.1.0");
        given().queryParam("indicatorId", indicatorId).queryParam("year", 2025).get("/api/metrics").then()
                .body("items.id", contains("m-cs25-1")).body("total", equalTo(1));
    }

    @Test
    void aFigureIsDatedByItsStatedYearElseByTheReportsYear() {
        given().queryParam("reportId", Fixtures.SHAOGUAN_2023).queryParam("kind", "target").queryParam("sort", "year")
                .get("/api/metrics").then().body("items.year", everyItem(equalTo(2024)));
        given().queryParam("reportId", Fixtures.SHAOGUAN_2023).queryParam("kind", "actual")
                .get("/api/metrics").then().body("items.year", everyItem(equalTo(2023)));
    }
}
