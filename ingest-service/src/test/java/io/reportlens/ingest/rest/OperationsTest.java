package io.reportlens.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import io.reportlens.ingest.model.AcceptedDocument;
import io.reportlens.ingest.model.StoredReport;
import io.reportlens.ingest.store.ReportStore;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import java.util.UUID;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Inject
    ReportStore store;

    @Test
    void readinessChecksTheStoreAndTheBroker() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("MongoDB")).body(containsString("Kafka"));
    }

    @Test
    void openApiDocumentsTheUploadForms() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/reports'.post.requestBody.content", notNullValue())
                .body("paths.'/api/reports/batch'.post", notNullValue())
                .body("paths.'/api/admin/reprocess/{job}'.get", notNullValue());
        RestAssured.get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsCountUploadsAndTheOutbox() {
        api().contentType("text/plain; charset=UTF-8").body(new byte[0]).post("/api/reports").then().statusCode(400);
        api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("reportlens_ingest_uploads_total{outcome=\"accepted\"")
                .contains("reportlens_ingest_uploads_total{outcome=\"rejected\",status=\"400\"")
                .contains("reportlens_ingest_outbox_pending");
    }

    /** A document over MongoDB's 16 MB document limit is stored in GridFS and read back intact. */
    @Test
    void contentOverSixteenMegabytesRoundTripsThroughGridFs() throws Exception {
        byte[] content = new byte[17 * 1024 * 1024];
        new Random(11).nextBytes(content);
        String text = Fixtures.report();
        AcceptedDocument doc = new AcceptedDocument(content, "application/pdf", "pdf", null, null, text,
                UUID.randomUUID().toString().replace("-", "").repeat(2), null, null, null);
        String id = UUID.randomUUID().toString();
        StoredReport saved = store.save(id, doc, 1, null);
        try (InputStream in = store.content(store.find(id).orElseThrow())) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(content));
        }
        assertThat(store.text(saved)).isEqualTo(text);
        Infra.awaitOutboxEmpty();
        assertThat(UploadTest.onlyEventOf(id).get("data").get("sizeBytes").asLong()).isEqualTo(content.length);
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    @Test
    void storeDownAnswers503WithRetryAfterAndStoresNothing() throws IOException {
        Infra.awaitOutboxEmpty();
        long stored = Infra.storedDocuments();
        InfraTestResource.mongo().stop();
        try {
            api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                    .post("/api/reports").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5")).body("type", containsString("store-unavailable"));
        } finally {
            InfraTestResource.mongo().start();
        }
        assertThat(Infra.storedDocuments()).isEqualTo(stored);
        api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202);
    }
}
