package io.reportlens.nlp.messaging;

import io.reportlens.nlp.service.EngineWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the engine is loaded and the consumer has joined its group, so a report posted now is taken at once. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final ReportIngestedConsumer consumer;
    private final EngineWarmup warmup;

    public ConsumerReadiness(ReportIngestedConsumer consumer, EngineWarmup warmup) {
        this.consumer = consumer;
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reports.ingested consumer")
                .status(warmup.done() && consumer.ready())
                .withData("engineLoaded", warmup.done())
                .withData("joinedGroup", consumer.ready())
                .build();
    }
}
