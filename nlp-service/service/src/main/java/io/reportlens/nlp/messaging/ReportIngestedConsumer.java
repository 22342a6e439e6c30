package io.reportlens.nlp.messaging;

import io.reportlens.nlp.model.ReportExtracted;
import io.reportlens.nlp.model.ReportIngested;
import io.reportlens.nlp.service.ExtractionFailedException;
import io.reportlens.nlp.service.ExtractionService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code reports.ingested}: extracts each report and publishes the results before the
 * record is acknowledged, so its offset is committed only after the results are on the broker (a
 * crash replays rather than skips). A record that cannot be processed fails the method; the channel's
 * dead-letter strategy then sends it to {@code reports.ingested.dlq} with the reason, and the
 * consumer moves on.
 */
@ApplicationScoped
public class ReportIngestedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportIngestedConsumer.class);

    private final ExtractionService extraction;
    private final ExtractionPublisher publisher;
    private final CloudEvents events;

    public ReportIngestedConsumer(ExtractionService extraction, ExtractionPublisher publisher, CloudEvents events) {
        this.extraction = extraction;
        this.publisher = publisher;
        this.events = events;
    }

    @Incoming("reports-ingested")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ReportIngested ingested;
        try {
            ingested = events.data(record.value(), ReportIngested.class);
        } catch (IllegalArgumentException e) {
            throw new ExtractionFailedException("unreadable reports.ingested record (key " + record.key() + "): " + e.getMessage(), e);
        }
        ReportExtracted result = extraction.extract(ingested);
        publisher.publish(result);
        LOG.debugf("extracted report %s: %d metrics, %d commitments", result.reportId(), result.metrics().size(),
                result.commitments().size());
    }
}
