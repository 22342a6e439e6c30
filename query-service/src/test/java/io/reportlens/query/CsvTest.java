package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @BeforeEach
    void load() {
        Pipeline.loadBase();
    }

    @Test
    void metricsAsCsvHaveTheSameFiltersAndNoPageLimit() {
        List<String> lines = csv("/api/metrics?regionCode=440000&size=1");
        assertThat(lines.get(0)).startsWith("id,reportId,indicator,indicatorId,value");
        int total = given().queryParam("regionCode", "440000").get("/api/metrics").then().extract().path("total");
        assertThat(lines).hasSize(total + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("m-sg23-3," + Fixtures.SHAOGUAN_2023
                + ",每千常住人口执业(助理)医师," + Fixtures.PHYSICIANS + ",2.6,"));
    }

    @Test
    void everyListEndpointAnswersCsv() {
        assertThat(csv("/api/reports?province=广东省").get(0)).startsWith("id,title,issuer,region,regionCode");
        assertThat(csv("/api/commitments?region=韶关市")).hasSize(5);
        assertThat(csv("/api/indicators").get(0)).isEqualTo("id,name,metrics,regions,years,firstYear,lastYear");
        assertThat(csv("/api/search?q=医共体").get(0)).isEqualTo("type,id,reportId,title,snippet,matches");
        assertThat(csv("/api/indicators/" + Fixtures.SIGNING + "/compare?year=2023&province=广东省")).hasSize(3);
        assertThat(csv("/api/indicators/" + Fixtures.SIGNING + "/series?regionCode=440200")).hasSize(4);
    }

    @Test
    void jsonStaysTheDefault() {
        given().get("/api/metrics").then().contentType("application/json");
        given().accept("*/*").get("/api/metrics").then().contentType("application/json");
    }

    private static List<String> csv(String path) {
        byte[] body = given().accept("text/csv").get(path).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\r\n"));
    }
}
