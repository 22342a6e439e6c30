package io.reportlens.nlp.messaging;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.nlp.config.NlpConfig;
import io.reportlens.nlp.model.CommitmentExtracted;
import io.reportlens.nlp.model.MetricExtracted;
import io.reportlens.nlp.model.ReportExtracted;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes one extraction: the whole result on {@code reports.extracted}, then one event per metric
 * and per commitment. Returns only once the broker has acknowledged every record.
 */
@ApplicationScoped
public class ExtractionPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

    private final MutinyEmitter<String> reports;
    private final MutinyEmitter<String> metrics;
    private final MutinyEmitter<String> commitments;
    private final CloudEvents events;
    private final String source;

    public ExtractionPublisher(@Channel("reports-extracted") MutinyEmitter<String> reports,
                               @Channel("metrics-extracted") MutinyEmitter<String> metrics,
                               @Channel("commitments-extracted") MutinyEmitter<String> commitments,
                               CloudEvents events, NlpConfig config) {
        this.reports = reports;
        this.metrics = metrics;
        this.commitments = commitments;
        this.events = events;
        this.source = config.eventSource();
    }

    public void publish(ReportExtracted result) {
        String id = result.reportId();
        ReportMetadata report = result.report();
        List<Uni<Void>> sends = new ArrayList<>();
        sends.add(reports.sendMessage(events.message(source, "io.reportlens.report.extracted", id, id, result)));
        for (Metric metric : result.metrics()) {
            MetricExtracted data = new MetricExtracted(id, result.extractorVersion(), report.region(), report.regionCode(),
                    report.province(), report.periodYear(), metric);
            sends.add(metrics.sendMessage(events.message(source, "io.reportlens.metric.extracted", id, metricKey(report, metric), data)));
        }
        for (Commitment commitment : result.commitments()) {
            CommitmentExtracted data = new CommitmentExtracted(id, result.extractorVersion(), report.region(), report.regionCode(),
                    report.province(), report.periodYear(), commitment);
            sends.add(commitments.sendMessage(events.message(source, "io.reportlens.commitment.extracted", id, id, data)));
        }
        Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
    }

    /** Keyed by region and indicator so one partition holds one series, in order. */
    static String metricKey(ReportMetadata report, Metric metric) {
        String region = report.regionCode() != null ? report.regionCode() : String.valueOf(report.region());
        String indicator = metric.indicatorId() != null ? metric.indicatorId() : metric.indicator();
        return region + "|" + indicator;
    }
}
