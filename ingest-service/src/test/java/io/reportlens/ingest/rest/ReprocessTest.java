package io.reportlens.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.ContractValidator;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ReprocessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneReportIsRepublishedWithANewEventId() throws Exception {
        String id = upload();
        String firstEventId = UploadTest.onlyEventOf(id).get("id").asText();
        String eventId = api().post("/api/reports/" + id + "/reprocess").then().statusCode(202)
                .body("id", equalTo(id)).extract().path("eventId");
        Infra.await("the republished event", Duration.ofSeconds(30), () -> Infra.eventsOf(id).size() == 2);
        List<ConsumerRecord<String, String>> events = Infra.eventsOf(id);
        var second = JSON.readTree(events.get(1).value());
        assertThat(second.get("id").asText()).isEqualTo(eventId).isNotEqualTo(firstEventId);
        assertThat(second.get("subject").asText()).isEqualTo(id);
        assertThat(new ContractValidator().violations(Infra.TOPIC, events.get(1).value())).isEmpty();
        api().post("/api/reports/nope/reprocess").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aJobRepublishesTheReportsOfADateRange() {
        Infra.awaitOutboxEmpty();
        Instant from = Instant.now();
        List<String> ids = List.of(upload(), upload(), upload());
        Infra.awaitOutboxEmpty();
        var response = operator().queryParam("from", from.toString()).post("/api/admin/reprocess");
        response.then().statusCode(202);
        String job = response.path("id");
        Infra.await("the job to complete", Duration.ofSeconds(30), () ->
                "completed".equals(operator().get("/api/admin/reprocess/" + job).then().extract().path("state")));
        operator().get("/api/admin/reprocess/" + job).then().body("total", equalTo(3)).body("done", equalTo(3));
        for (String id : ids) {
            assertThat(Infra.eventsOf(id)).hasSize(2);
        }
        operator().queryParam("to", "yesterday").post("/api/admin/reprocess").then().statusCode(400).body("parameter", equalTo("to"));
        operator().get("/api/admin/reprocess/nope").then().statusCode(404);
    }

    @Test
    void archiveWideOperationsNeedAnOperatorKeyAnUploadKeyIsRefused() {
        long outboxBefore = Infra.db().getCollection("ingest_outbox").countDocuments();
        api().post("/api/admin/reprocess").then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("upload key"));
        api().get("/api/admin/reprocess/any").then().statusCode(403);
        RestAssured.given().post("/api/admin/reprocess").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.notNullValue());
        RestAssured.given().header("X-API-Key", "not-a-key").post("/api/admin/reprocess").then().statusCode(403);
        assertThat(Infra.db().getCollection("ingest_outbox").countDocuments()).as("nothing queued by a refused request")
                .isLessThanOrEqualTo(outboxBefore);
        // The operator key is an admin key only: it does not upload.
        operator().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(403);
    }

    private static RequestSpecification operator() {
        return RestAssured.given().header("X-API-Key", Infra.OPERATOR_KEY);
    }

    private static String upload() {
        return api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).extract().path("id");
    }
}
