package io.reportlens.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reportlens.ingest.messaging.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;

/** Upload outcomes and the outbox backlog, for /q/metrics. */
@ApplicationScoped
public class IngestMetrics {

    private final Counter accepted;
    private final Counter duplicates;
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry, OutboxRelay relay) {
        this.registry = registry;
        this.accepted = uploads("accepted");
        this.duplicates = uploads("duplicate");
        Gauge.builder("reportlens.ingest.outbox.pending", relay, OutboxRelay::pending)
                .description("events stored but not yet acknowledged by Kafka").register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void rejected(int status) {
        Counter.builder("reportlens.ingest.uploads").description("uploads by outcome")
                .tag("outcome", "rejected").tag("status", String.valueOf(status)).register(registry).increment();
    }

    private Counter uploads(String outcome) {
        return Counter.builder("reportlens.ingest.uploads").description("uploads by outcome")
                .tag("outcome", outcome).tag("status", outcome.equals("accepted") ? "202" : "200").register(registry);
    }
}
