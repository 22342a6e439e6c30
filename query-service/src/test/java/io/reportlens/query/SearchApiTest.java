package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.reportlens.query.support.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SearchApiTest {

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void findsReportsAndCommitmentsWithHighlightedSnippets() {
        given().queryParam("q", "医共体").queryParam("size", 500).get("/api/search").then().statusCode(200)
                .body("items.findAll { it.type == 'report' }.reportId",
                        hasItems(Fixtures.SHAOGUAN_2023, Fixtures.SHAOGUAN_2024, Fixtures.HUZHOU_2024_REISSUED))
                .body("items.findAll { it.type == 'report' }.reportId", not(hasItem(Fixtures.NANXIONG_2023)))
                .body("items.findAll { it.type == 'commitment' }.id", hasItem("c-sg23-4"))
                .body("items.find { it.id == '" + Fixtures.SHAOGUAN_2023 + "' }.snippet", containsString("<mark>医共体</mark>"))
                .body("items.find { it.id == '" + Fixtures.SHAOGUAN_2023 + "' }.matches", equalTo(3));
    }

    @Test
    void findsMetricsByIndicator() {
        given().queryParam("q", "执业(助理)医师").queryParam("type", "metric").queryParam("size", 500).get("/api/search")
                .then().body("items.id", hasItems("m-sg23-3", "m-sg23-7", "m-sg24-2"))
                .body("items.type", everyItem(equalTo("metric")));
    }

    @Test
    void aOneLetterQueryFallsBackToAScan() {
        given().queryParam("q", "床").queryParam("type", "metric").queryParam("size", 500).get("/api/search").then()
                .statusCode(200).body("items.id", hasItems("m-sg23-4", "m-sg23-8", "m-nx23-2"));
    }

    @Test
    void theQueryIsLiteralNeverAnOperatorOrPattern() {
        for (String attempt : new String[] {".*", "(医共体", "医共体|签约", "{\"$gt\": \"\"}", "[a-z]+", "\\", "$where"}) {
            given().queryParam("q", attempt).get("/api/search").then().statusCode(200).body("items", empty());
        }
        given().queryParam("issuer", ".*").get("/api/reports").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("indicator", "签约率|床位").get("/api/metrics").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("indicator", "(助理)").queryParam("regionCode", "440000").get("/api/metrics").then()
                .statusCode(200).body("total", equalTo(3));
        given().queryParam("region[$ne]", "x").queryParam("region", "{\"$ne\": null}").get("/api/reports").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void snippetsAreHtmlEscaped() {
        ReportFixture f = new ReportFixture("xss-1", "1.0.0", "某县卫生健康局2024年工作总结\n推进<img src=x onerror=alert(1)>医防融合试点。\n")
                .report("某县卫生健康局2024年工作总结", "宜良县", "530125", "云南省", "county", "summary", 2024, "2025-01-02");
        Pipeline.send(f);
        Pipeline.awaitVersion("xss-1", "1.0.0");
        Pipeline.await("the report is searchable", () -> given().queryParam("q", "医防融合").get("/api/search"),
                r -> !r.jsonPath().getList("items").isEmpty());
        given().queryParam("q", "医防融合").get("/api/search").then()
                .body("items[0].snippet", containsString("&lt;img src=x onerror=alert(1)&gt;<mark>医防融合</mark>"));
    }

    @Test
    void aReExtractedReportIsFoundByWhatItSaysNow() {
        String before = "某县卫生健康局2024年工作总结\n推进紧密型县域医共体建设。\n";
        String after = "某县卫生健康局2024年工作总结\n推进远程会诊中心建设。\n";
        Pipeline.send(new ReportFixture("reindexed-1", "1.0.0", before)
                .report("某县卫生健康局2024年工作总结", "宜良县", "530125", "云南省", "county", "summary", 2024, "2025-01-02"));
        Pipeline.await("the first version is searchable", () -> given().queryParam("q", "紧密型县域").get("/api/search"),
                r -> r.jsonPath().getList("items.reportId").contains("reindexed-1"));
        Pipeline.send(new ReportFixture("reindexed-1", "1.1.0", after)
                .report("某县卫生健康局2024年工作总结", "宜良县", "530125", "云南省", "county", "summary", 2024, "2025-01-02"));
        Pipeline.awaitVersion("reindexed-1", "1.1.0");
        // The terms are rewritten with the text: the old version's are gone once the new one is stored.
        given().queryParam("q", "紧密型县域").get("/api/search").then().statusCode(200)
                .body("items.reportId", not(hasItem("reindexed-1")));
        Pipeline.await("the new version is searchable", () -> given().queryParam("q", "远程会诊").get("/api/search"),
                r -> r.jsonPath().getList("items.reportId").contains("reindexed-1"));
    }

    @Test
    void anEmptyOrOverlongQueryIsAProblem() {
        given().get("/api/search").then().statusCode(400).body("parameter", equalTo("q"));
        given().queryParam("q", "医".repeat(101)).get("/api/search").then().statusCode(400).body("parameter", equalTo("q"));
        given().queryParam("q", "医共体").queryParam("type", "table").get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("type"));
    }
}
