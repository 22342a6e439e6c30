package io.reportlens.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class DuplicatesAndVersionsTest {

    private static Response post(String text, String sourceUrl) {
        var request = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8));
        if (sourceUrl != null) {
            request = request.queryParam("sourceUrl", sourceUrl);
        }
        return request.post("/api/reports");
    }

    @Test
    void sameContentAnswersTheExistingReport() {
        String text = Fixtures.report();
        String id = post(text, null).then().statusCode(202).extract().path("id");
        Infra.awaitOutboxEmpty();
        long published = Infra.publishedCount();
        long stored = Infra.storedDocuments();

        post(text, null).then().statusCode(200).body("id", equalTo(id)).body("duplicate", equalTo(true))
                .header("Location", endsWith("/api/reports/" + id));
        // Line endings differ, the normalized text does not: still the same report.
        post(text.replace("\n", "\r\n"), "https://other.example.gov.cn/copy.html").then().statusCode(200).body("id", equalTo(id));

        assertThat(Infra.storedDocuments()).isEqualTo(stored);
        assertThat(Infra.outboxSize()).isZero();
        assertThat(Infra.publishedCount()).isEqualTo(published);
    }

    @Test
    void aChangedPageAtAKnownUrlIsTheNextVersion() {
        String url = "https://wsjkw.donghu.example.gov.cn/art/" + UUID.randomUUID() + ".html";
        Response first = post(Fixtures.report(), url);
        first.then().statusCode(202).body("version", equalTo(1)).body("previousVersionId", equalTo(null));
        String firstId = first.path("id");

        Response second = post(Fixtures.report(), url);
        second.then().statusCode(202).body("version", equalTo(2)).body("previousVersionId", equalTo(firstId));
        String secondId = second.path("id");

        post(Fixtures.report(), url).then().statusCode(202).body("version", equalTo(3)).body("previousVersionId", equalTo(secondId));
        post(Fixtures.report(), url + "?page=2").then().statusCode(202).body("version", equalTo(1));

        api().get("/api/reports/" + secondId).then().body("version", equalTo(2)).body("previousVersionId", equalTo(firstId));
        var event = UploadTest.onlyEventOf(secondId).get("data");
        assertThat(event.get("version").asInt()).isEqualTo(2);
        assertThat(event.get("previousVersionId").asText()).isEqualTo(firstId);
    }

    @Test
    void writesNeedAConfiguredApiKey() {
        Infra.awaitOutboxEmpty();
        long stored = Infra.storedDocuments();
        byte[] body = Fixtures.report().getBytes(StandardCharsets.UTF_8);
        RestAssured.given().contentType("text/plain; charset=UTF-8").body(body).post("/api/reports").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", equalTo("ApiKey header=\"X-API-Key\""))
                .body("type", endsWith("/api-key-missing"));
        RestAssured.given().header("X-API-Key", "not-a-key").contentType("text/plain; charset=UTF-8").body(body)
                .post("/api/reports").then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/api-key-wrong"));
        RestAssured.given().post("/api/admin/reprocess").then().statusCode(401);
        assertThat(Infra.storedDocuments()).isEqualTo(stored);

        String id = RestAssured.given().header("X-API-Key", "test-key-two").contentType("text/plain; charset=UTF-8").body(body)
                .post("/api/reports").then().statusCode(202).extract().path("id");
        RestAssured.given().get("/api/reports/" + id).then().statusCode(200);
    }
}
