package io.reportlens.query;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every bad parameter is an RFC 9457 problem naming the parameter. */
@QuarkusTest
class ErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/metrics?kind=forecast|kind",
            "/api/metrics?size=501|size",
            "/api/metrics?size=0|size",
            "/api/metrics?page=0|page",
            "/api/metrics?sort=indicator|sort",
            "/api/metrics?year=twenty|year",
            "/api/metrics?minValue=abc|minValue",
            "/api/metrics?minValue=9&maxValue=1|minValue",
            "/api/metrics?regionCode=44|regionCode",
            "/api/reports?publishedFrom=2024/01/01|publishedFrom",
            "/api/reports?publishedTo=2024-02-30|publishedTo",
            "/api/reports?docType=memo|docType",
            "/api/reports?sort=-author|sort",
            "/api/reports?includeSuperseded=yes|includeSuperseded",
            "/api/reports/any?include=pdf|include",
            "/api/commitments?status=done|status",
            "/api/commitments?strength=weak|strength",
            "/api/commitments?dueBefore=2024-13-01|dueBefore",
            "/api/commitments?measurable=maybe|measurable",
            "/api/indicators?size=1000|size",
            "/api/indicators/x/compare?year=2023&province=广东省&order=up|order"})
    void aBadParameterIsNamed(String path, String parameter) {
        given().get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("type", notNullValue())
                .body("title", equalTo("Bad parameter"))
                .body("detail", notNullValue())
                .body("instance", equalTo(path.substring(0, path.indexOf('?'))));
    }
}
