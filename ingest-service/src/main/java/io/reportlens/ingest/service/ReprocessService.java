package io.reportlens.ingest.service;

import io.reportlens.ingest.messaging.OutboxRelay;
import io.reportlens.ingest.model.ReprocessJob;
import io.reportlens.ingest.model.StoredReport;
import io.reportlens.ingest.store.JobStore;
import io.reportlens.ingest.store.OutboxStore;
import io.reportlens.ingest.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Republishes stored reports (a new CloudEvent id, the same report id) through the outbox, so a new
 * extractor version can be rolled over the archive and nothing is lost while Kafka is down.
 */
@ApplicationScoped
public class ReprocessService {

    private static final Logger LOG = Logger.getLogger(ReprocessService.class);

    private final ReportStore reports;
    private final OutboxStore outbox;
    private final JobStore jobs;
    private final OutboxRelay relay;
    private final ManagedExecutor executor;

    public ReprocessService(ReportStore reports, OutboxStore outbox, JobStore jobs, OutboxRelay relay, ManagedExecutor executor) {
        this.reports = reports;
        this.outbox = outbox;
        this.jobs = jobs;
        this.relay = relay;
        this.executor = executor;
    }

    /** Queues one report for republication; empty when there is no such report. */
    public Optional<String> reprocess(String reportId) {
        return reports.find(reportId).map(report -> {
            String eventId = UUID.randomUUID().toString();
            outbox.enqueue(outbox.nextSequence(), report.id(), eventId, null);
            relay.wakeUp();
            return eventId;
        });
    }

    /** Starts a job republishing every report ingested in [from, to); either bound may be null. */
    public ReprocessJob start(Instant from, Instant to) {
        ReprocessJob job = jobs.create(from, to);
        long lastSequence = outbox.nextSequence();
        executor.runAsync(() -> enqueueAll(job, lastSequence));
        return job;
    }

    private void enqueueAll(ReprocessJob job, long lastSequence) {
        try {
            AtomicLong total = new AtomicLong();
            reports.forEachIngested(job.from(), job.to(), lastSequence, (StoredReport report) -> {
                outbox.enqueue(outbox.nextSequence(), report.id(), UUID.randomUUID().toString(), job.id());
                total.incrementAndGet();
            });
            jobs.enqueued(job.id(), total.get());
            relay.wakeUp();
        } catch (RuntimeException e) {
            LOG.errorf(e, "reprocessing job %s stopped while enqueuing", job.id());
        }
    }
}
