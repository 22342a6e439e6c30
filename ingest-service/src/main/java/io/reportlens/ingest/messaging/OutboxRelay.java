package io.reportlens.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.model.CloudEvent;
import io.reportlens.ingest.model.OutboxEntry;
import io.reportlens.ingest.model.ReportIngested;
import io.reportlens.ingest.model.StoredReport;
import io.reportlens.ingest.store.JobStore;
import io.reportlens.ingest.store.OutboxStore;
import io.reportlens.ingest.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the outbox in ingest order: woken right after each upload is stored, and every second
 * by the scheduler, so whatever was stored while Kafka was down goes out once it is back. An entry
 * leaves the outbox only after Kafka acknowledged its event; a crash in between sends it again
 * (with the same event id), which consumers, idempotent by report id, absorb. Of several ingest
 * instances only the one holding the {@link RelayLease} publishes; the others store and wait.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ACK_WAIT_SECONDS = 30;

    private final OutboxStore outbox;
    private final ReportStore reports;
    private final JobStore jobs;
    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final IngestConfig config;
    private final RelayLease lease;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicLong pendingGauge = new AtomicLong();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(OutboxStore outbox, ReportStore reports, JobStore jobs, EventPublisher publisher,
                       ObjectMapper json, IngestConfig config, RelayLease lease) {
        this.outbox = outbox;
        this.reports = reports;
        this.jobs = jobs;
        this.publisher = publisher;
        this.json = json;
        this.config = config;
        this.lease = lease;
    }

    /** Entries still waiting, as of the last relay round. */
    public long pending() {
        return pendingGauge.get();
    }

    /** Asks for a relay round soon, without waiting for it. */
    public void wakeUp() {
        wokenWhileDraining.set(true);
        if (!waker.isShutdown() && wakeUpQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeUpQueued.set(false);
                drain();
            });
        }
    }

    @Scheduled(every = "${reportlens.ingest.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    void stop(@Observes ShutdownEvent event) {
        waker.shutdownNow();
    }

    /**
     * Publishes pending entries until the outbox is empty or Kafka fails; one drainer at a time, and
     * only while this instance holds the relay lease.
     */
    public void drain() {
        if (!draining.tryLock()) {
            return;
        }
        try {
            boolean more = true;
            while (more && lease.held()) {
                wokenWhileDraining.set(false);
                more = round() || wokenWhileDraining.get();
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay round failed, retrying on the next tick: %s", e.toString());
        } finally {
            draining.unlock();
        }
    }

    /** Sends one batch; true when it was full and all went out, so another may follow. */
    private boolean round() {
        List<OutboxEntry> batch = outbox.pending(config.relayBatchSize());
        List<Sent> sent = new ArrayList<>();
        for (OutboxEntry entry : batch) {
            Optional<StoredReport> report = reports.find(entry.reportId());
            if (report.isEmpty()) {
                outbox.remove(entry); // the report was removed after a failed store: nothing to publish
                continue;
            }
            CompletableFuture<?> ack = publisher.send(config.topic(), entry.reportId(), event(entry, report.get()));
            sent.add(new Sent(entry, ack));
            if (ack.isCompletedExceptionally()) {
                break; // the broker is unreachable: the rest would fail the same way
            }
        }
        boolean allSent = true;
        for (Sent s : sent) {
            allSent &= settle(s);
        }
        pendingGauge.set(outbox.count());
        return allSent && batch.size() == config.relayBatchSize();
    }

    private boolean settle(Sent s) {
        try {
            s.ack().get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof RecordTooLargeException) {
                giveUp(s.entry(), cause);
                return true;
            }
            LOG.debugf("report %s not published yet: %s", s.entry().reportId(), cause.toString());
            return false;
        }
        if (s.entry().jobId() == null) {
            reports.markPublished(s.entry().reportId());
        } else {
            jobs.published(s.entry().jobId());
        }
        outbox.remove(s.entry());
        return true;
    }

    /** An event Kafka will never take: record why on the report and let the entries after it go. */
    private void giveUp(OutboxEntry entry, Throwable cause) {
        LOG.errorf("report %s cannot be published and is marked failed: %s", entry.reportId(), cause.toString());
        if (entry.jobId() == null) {
            reports.markFailed(entry.reportId(), cause.getMessage());
        } else {
            jobs.published(entry.jobId());
        }
        outbox.remove(entry);
    }

    private String event(OutboxEntry entry, StoredReport report) {
        ReportIngested data = ReportIngested.of(report, reports.text(report));
        CloudEvent<ReportIngested> event = CloudEvent.of(entry.eventId(), config.eventSource(), ReportIngested.TYPE,
                Instant.now().toString(), report.id(), data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the event of report " + report.id(), e);
        }
    }

    private record Sent(OutboxEntry entry, CompletableFuture<?> ack) {
    }
}
