package io.reportlens.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.service.InvalidEventException;
import io.reportlens.query.service.ReportUpserter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code reports.extracted} (CloudEvents in structured JSON mode) into the store. The offset is
 * committed once the method returns (at-least-once); an exception nacks the record, which then goes
 * to {@code reports.extracted.dlq} with the reason in its {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ReportsExtractedConsumer {

    static final String EVENT_TYPE = "io.reportlens.report.extracted";
    private static final Logger LOG = Logger.getLogger(ReportsExtractedConsumer.class);

    private final ObjectMapper json;
    private final ReportUpserter upserter;

    public ReportsExtractedConsumer(ObjectMapper json, ReportUpserter upserter) {
        this.json = json;
        this.upserter = upserter;
    }

    @Incoming("reports-extracted")
    @Blocking
    public void consume(String envelope) {
        ExtractedReport data = read(envelope);
        ReportUpserter.Outcome outcome = upserter.upsert(data);
        LOG.debugf("report %s (extractor %s): %s", data.reportId(), data.extractorVersion(), outcome);
    }

    ExtractedReport read(String envelope) {
        try {
            JsonNode event = json.readTree(envelope);
            if (event == null || !event.isObject()) {
                throw new InvalidEventException("the record value is not a JSON object");
            }
            if (!EVENT_TYPE.equals(event.path("type").asText())) {
                throw new InvalidEventException("unexpected CloudEvent type: " + event.path("type").asText());
            }
            JsonNode data = event.get("data");
            if (data == null || !data.isObject()) {
                throw new InvalidEventException("the CloudEvent has no data object");
            }
            return json.treeToValue(data, ExtractedReport.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("unreadable event: " + e.getOriginalMessage(), e);
        }
    }
}
