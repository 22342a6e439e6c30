package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IndicatorsApiTest {

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void theCatalogCountsMetricsRegionsAndYearsAndNamesByTheMostFrequentWording() {
        String signing = "items.find { it.id == '" + Fixtures.SIGNING + "' }";
        String beds = "items.find { it.id == '" + Fixtures.BEDS + "' }";
        given().queryParam("size", 500).get("/api/indicators").then().statusCode(200)
                .body(signing + ".name", equalTo("家庭医生签约率"))
                // 韶关 2023 (actual, change, target), 韶关 2024, 南雄 2023, 湖州 re-issued (the superseded one not counted)
                .body(signing + ".metrics", equalTo(6))
                .body(signing + ".regions", equalTo(3))
                .body(signing + ".years", equalTo(2))
                .body(signing + ".firstYear", equalTo(2023))
                .body(beds + ".name", equalTo("每千常住人口床位"))
                .body(beds + ".metrics", equalTo(3));
    }

    @Test
    void aSeriesPutsActualAndTargetSideBySideWithEvidence() {
        given().queryParam("regionCode", "440200").get("/api/indicators/" + Fixtures.SIGNING + "/series").then()
                .statusCode(200)
                .body("years.year", contains(2023, 2024))
                .body("years[0].actual.value", contains(72.5f))
                .body("years[0].actual[0].reportId", equalTo(Fixtures.SHAOGUAN_2023))
                .body("years[0].actual[0].text", equalTo("家庭医生签约率达到72.5%"))
                .body("years[0].target", empty())
                .body("years[1].actual.value", contains(76.1f))
                .body("years[1].target.value", contains(75.0f))
                .body("years[1].target[0].comparator", equalTo(">="));
    }

    @Test
    void aRegionWithoutFiguresHasAnEmptySeries() {
        given().queryParam("regionCode", "110000").get("/api/indicators/" + Fixtures.SIGNING + "/series").then()
                .statusCode(200).body("years", empty());
    }

    @Test
    void regionsOfAProvinceAreRankedByValue() {
        given().queryParam("year", 2023).queryParam("province", "广东省")
                .get("/api/indicators/" + Fixtures.SIGNING + "/compare").then().statusCode(200)
                .body("regions.regionCode", contains("440200", "440282"))
                .body("regions.rank", contains(1, 2))
                .body("regions.value", contains(72.5f, 68.0f))
                .body("regions[0].reportId", equalTo(Fixtures.SHAOGUAN_2023));
        given().queryParam("year", 2023).queryParam("province", "440000").queryParam("order", "asc")
                .get("/api/indicators/" + Fixtures.SIGNING + "/compare").then()
                .body("regions.regionCode", contains("440282", "440200"));
        given().queryParam("year", 2023).queryParam("province", "浙江省")
                .get("/api/indicators/" + Fixtures.SIGNING + "/compare").then().body("regions", empty());
    }

    @Test
    void unknownIndicatorsAndMissingParametersAreProblems() {
        given().queryParam("regionCode", "440200").get("/api/indicators/no_such_indicator/series").then()
                .statusCode(404).contentType("application/problem+json");
        given().queryParam("year", 2023).queryParam("province", "广东省")
                .get("/api/indicators/no_such_indicator/compare").then().statusCode(404);
        given().get("/api/indicators/" + Fixtures.SIGNING + "/series").then().statusCode(400)
                .body("parameter", equalTo("regionCode"));
        given().queryParam("province", "广东省").get("/api/indicators/" + Fixtures.SIGNING + "/compare").then()
                .statusCode(400).body("parameter", equalTo("year"));
        given().queryParam("year", 2023).get("/api/indicators/" + Fixtures.SIGNING + "/compare").then()
                .statusCode(400).body("parameter", equalTo("province"));
    }
}
