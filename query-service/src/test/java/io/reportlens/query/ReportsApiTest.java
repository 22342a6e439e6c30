package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReportsApiTest {

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void aProvinceCodeMatchesItsCitiesAndCounties() {
        given().queryParam("regionCode", "440000").get("/api/reports").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder(Fixtures.SHAOGUAN_2023, Fixtures.SHAOGUAN_2024, Fixtures.NANXIONG_2023));
        given().queryParam("regionCode", "440200").get("/api/reports").then().body("total", equalTo(3));
        given().queryParam("regionCode", "440282").get("/api/reports").then().body("items.id", contains(Fixtures.NANXIONG_2023));
    }

    @Test
    void filtersCombine() {
        given().queryParam("province", "广东省").queryParam("year", 2023).get("/api/reports").then()
                .body("items.id", containsInAnyOrder(Fixtures.SHAOGUAN_2023, Fixtures.NANXIONG_2023));
        given().queryParam("region", "韶关市").queryParam("docType", "summary").get("/api/reports").then()
                .body("items.id", contains(Fixtures.SHAOGUAN_2024));
        given().queryParam("docType", "plan").queryParam("issuer", "湖州市").get("/api/reports").then()
                .body("items.id", contains(Fixtures.HUZHOU_2024_REISSUED));
        given().queryParam("province", "广东省").queryParam("publishedFrom", "2024-01-01")
                .queryParam("publishedTo", "2024-12-31").get("/api/reports").then()
                .body("items.id", containsInAnyOrder(Fixtures.SHAOGUAN_2023, Fixtures.NANXIONG_2023));
        given().queryParam("province", "广东省").queryParam("q", "医共体").get("/api/reports").then()
                .body("items.id", containsInAnyOrder(Fixtures.SHAOGUAN_2023, Fixtures.SHAOGUAN_2024));
    }

    @Test
    void sortsAndPages() {
        given().queryParam("province", "广东省").queryParam("sort", "-publishedDate").get("/api/reports").then()
                .body("items.id", contains(Fixtures.SHAOGUAN_2024, Fixtures.NANXIONG_2023, Fixtures.SHAOGUAN_2023));
        given().queryParam("province", "广东省").queryParam("sort", "publishedDate").queryParam("size", 1)
                .queryParam("page", 2).get("/api/reports").then()
                .body("items.id", contains(Fixtures.NANXIONG_2023))
                .body("total", equalTo(3)).body("page", equalTo(2)).body("size", equalTo(1));
    }

    @Test
    void oneReportWithEverythingExtracted() {
        given().get("/api/reports/" + Fixtures.SHAOGUAN_2023).then().statusCode(200)
                .body("report.title", equalTo("韶关市卫生健康局2023年工作总结和2024年工作计划"))
                .body("report.regionCode", equalTo("440200"))
                .body("report.extractorVersion", equalTo("1.0.0"))
                .body("sections.kind", contains("review", "plan"))
                .body("metrics", hasSize(8))
                .body("commitments", hasSize(4))
                .body("text", nullValue());
    }

    @Test
    void includeTextGivesTheTextEveryOffsetPointsInto() {
        JsonPath detail = given().queryParam("include", "text").get("/api/reports/" + Fixtures.SHAOGUAN_2023)
                .then().statusCode(200).extract().jsonPath();
        String text = detail.getString("text");
        List<Map<String, Object>> spans = detail.getList("metrics");
        spans.addAll(detail.getList("commitments"));
        assertThat(spans).isNotEmpty();
        for (Map<String, Object> span : spans) {
            assertThat(text.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(span.get("text"));
        }
    }

    @Test
    void anUnknownReportIsAProblem404() {
        given().get("/api/reports/no-such-report").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/reports/no-such-report"));
    }
}
