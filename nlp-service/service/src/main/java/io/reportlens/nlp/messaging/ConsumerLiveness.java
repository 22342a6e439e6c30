package io.reportlens.nlp.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the consumer loop runs: one that stopped on an unrecoverable error needs a restart. */
@Liveness
@ApplicationScoped
public class ConsumerLiveness implements HealthCheck {

    private final ReportIngestedConsumer consumer;

    public ConsumerLiveness(ReportIngestedConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reports.ingested consumer").status(consumer.alive()).build();
    }
}
