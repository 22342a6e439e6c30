package io.reportlens.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The outbox: nothing acknowledged is lost while Kafka is down, nothing is published twice. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class DeliveryTest {

    private static final int BEFORE = 10;
    private static final int DURING = 15;
    private static final int AFTER = 10;

    @Test
    void brokerDownDuringAStreamOfUploads() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BEFORE; i++) {
            ids.add(upload());
        }
        Infra.awaitOutboxEmpty();
        InfraTestResource.broker().stop();
        try {
            for (int i = 0; i < DURING; i++) {
                long started = System.nanoTime();
                ids.add(upload());
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("an upload with Kafka down").isLessThan(Duration.ofSeconds(5));
            }
            assertThat(Infra.outboxSize()).isEqualTo(DURING);
            api().get("/api/reports/" + ids.get(ids.size() - 1) + "/status").then().statusCode(200)
                    .body("stored", equalTo(true)).body("published", equalTo(false)).body("state", equalTo("pending"));
        } finally {
            InfraTestResource.broker().start();
        }
        for (int i = 0; i < AFTER; i++) {
            ids.add(upload());
        }
        Infra.awaitOutboxEmpty();

        Map<String, Long> eventsById = Infra.allEvents().stream().map(ConsumerRecord::key)
                .filter(Set.copyOf(ids)::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(eventsById).hasSize(ids.size());
        assertThat(eventsById.values()).allMatch(count -> count == 1);
        for (String id : ids) {
            api().get("/api/reports/" + id).then().body("state", equalTo("published"));
        }
    }

    private static String upload() {
        return api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).extract().path("id");
    }
}
