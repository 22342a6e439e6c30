package io.reportlens.ingest.messaging;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class OutboxRecoveryTest {

    @Inject
    OutboxRecovery recovery;

    /** A report left pending without an outbox entry (a crash between the two writes) is published after a restart. */
    @Test
    void aPendingReportWithoutAnEntryIsQueuedAgain() {
        String id = api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        Infra.awaitOutboxEmpty();
        Infra.await("the first event", Duration.ofSeconds(30), () -> Infra.eventsOf(id).size() == 1);
        Infra.db().getCollection("ingest_reports").updateOne(Filters.eq("_id", id), Updates.set("state", "pending"));

        recovery.recover(null);

        Infra.await("the report to be published again", Duration.ofSeconds(30), () -> Infra.eventsOf(id).size() == 2);
        Infra.awaitOutboxEmpty();
        assertThat(Infra.db().getCollection("ingest_reports").find(Filters.eq("_id", id)).first().getString("state"))
                .isEqualTo("published");
        recovery.recover(null);
        assertThat(Infra.outboxSize()).isZero();
    }
}
