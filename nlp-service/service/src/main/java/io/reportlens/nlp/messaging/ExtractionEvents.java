package io.reportlens.nlp.messaging;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.nlp.config.NlpConfig;
import io.reportlens.nlp.model.CommitmentExtracted;
import io.reportlens.nlp.model.MetricExtracted;
import io.reportlens.nlp.model.ReportExtracted;
import io.reportlens.nlp.service.ExtractionFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one extraction, in publishing order: the whole result on {@code reports.extracted},
 * then one event per metric and per commitment (deploy/contracts/README.md). Every event's id is
 * derived from the report id, the extractor version and the fact's own id, so an extraction
 * published twice (a redelivery, a crash before the offset was committed) yields the same ids and a
 * subscriber can drop the repeats.
 */
@ApplicationScoped
public class ExtractionEvents {

    static final String REPORT_TYPE = "io.reportlens.report.extracted";
    static final String METRIC_TYPE = "io.reportlens.metric.extracted";
    static final String COMMITMENT_TYPE = "io.reportlens.commitment.extracted";
    /** The fact id of the whole-report event. */
    static final String REPORT_FACT = "report";
    /** Room left under the broker's message limit for the record's key, headers and framing. */
    static final int MAX_EVENT_BYTES = KafkaSettings.MAX_MESSAGE_BYTES - 64 * 1024;

    private final CloudEvents events;
    private final String source;
    private final NlpConfig.Topics topics;

    public ExtractionEvents(CloudEvents events, NlpConfig config) {
        this.events = events;
        this.source = config.eventSource();
        this.topics = config.topics();
    }

    public List<ProducerRecord<String, String>> of(ReportExtracted result) {
        String id = result.reportId();
        String version = result.extractorVersion();
        ReportMetadata report = result.report();
        List<ProducerRecord<String, String>> records = new ArrayList<>(1 + result.metrics().size() + result.commitments().size());
        records.add(events.record(topics.reports(), id, eventId(id, version, REPORT_FACT), source, REPORT_TYPE, id, result));
        for (Metric metric : result.metrics()) {
            MetricExtracted data = new MetricExtracted(id, version, report.region(), report.regionCode(), report.province(),
                    report.periodYear(), metric);
            records.add(events.record(topics.metrics(), metricKey(id, report, metric), eventId(id, version, metric.id()),
                    source, METRIC_TYPE, id, data));
        }
        for (Commitment commitment : result.commitments()) {
            CommitmentExtracted data = new CommitmentExtracted(id, version, report.region(), report.regionCode(),
                    report.province(), report.periodYear(), commitment);
            records.add(events.record(topics.commitments(), id, eventId(id, version, commitment.id()), source,
                    COMMITMENT_TYPE, id, data));
        }
        for (ProducerRecord<String, String> record : records) {
            requireFits(id, record);
        }
        return records;
    }

    /** An event the broker would refuse is a report to dead-letter, not a batch to retry forever. */
    private static void requireFits(String reportId, ProducerRecord<String, String> record) {
        String value = record.value();
        if (value.length() * 3L > MAX_EVENT_BYTES && value.getBytes(StandardCharsets.UTF_8).length > MAX_EVENT_BYTES) {
            throw new ExtractionFailedException("the " + record.topic() + " event of report " + reportId + " is larger than "
                    + MAX_EVENT_BYTES + " bytes, the broker's limit for one message");
        }
    }

    /** {@code reportId/extractorVersion/factId}: the same fact of the same extraction always has the same id. */
    static String eventId(String reportId, String extractorVersion, String factId) {
        return reportId + "/" + extractorVersion + "/" + factId;
    }

    /**
     * Keyed by the series, so one partition holds one series in order: the report's region code (or,
     * when it has none, its region's name, or else the report id) and the indicator's catalog id (or its wording).
     */
    static String metricKey(String reportId, ReportMetadata report, Metric metric) {
        String region = firstNonBlank(report.regionCode(), report.region(), reportId);
        String indicator = firstNonBlank(metric.indicatorId(), metric.indicator(), metric.id());
        return region + "|" + indicator;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no key part among " + Arrays.asList(candidates));
    }
}
