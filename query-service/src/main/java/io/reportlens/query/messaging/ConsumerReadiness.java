package io.reportlens.query.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the {@code reports.extracted} consumer has joined its group, so an extracted report is stored at once. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final ConsumerAssignment assignment;

    public ConsumerReadiness(@Identifier(ConsumerAssignment.NAME) ConsumerAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reports.extracted consumer").status(assignment.joined()).build();
    }
}
