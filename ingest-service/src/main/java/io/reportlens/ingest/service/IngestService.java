package io.reportlens.ingest.service;

import io.reportlens.ingest.messaging.OutboxRelay;
import io.reportlens.ingest.model.AcceptedDocument;
import io.reportlens.ingest.model.StoredReport;
import io.reportlens.ingest.model.Upload;
import io.reportlens.ingest.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Takes an upload in: checks it, answers duplicates with the report already stored, numbers a
 * changed page at a known source URL as its next version, stores the report with its outbox entry,
 * and wakes the relay to publish it at once.
 */
@ApplicationScoped
public class IngestService {

    private static final int LOCK_STRIPES = 64;

    private final UploadChecker checker;
    private final ReportStore store;
    private final OutboxRelay relay;
    private final IngestMetrics metrics;
    /** Versions of one source URL are numbered one upload at a time (per instance). */
    private final ReentrantLock[] sourceLocks = new ReentrantLock[LOCK_STRIPES];

    public IngestService(UploadChecker checker, ReportStore store, OutboxRelay relay, IngestMetrics metrics) {
        this.checker = checker;
        this.store = store;
        this.relay = relay;
        this.metrics = metrics;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            sourceLocks[i] = new ReentrantLock();
        }
    }

    public IngestResult ingest(Upload upload) {
        AcceptedDocument doc;
        try {
            doc = checker.check(upload);
        } catch (IngestProblem problem) {
            metrics.rejected(problem.status());
            throw problem;
        }
        Optional<StoredReport> existing = store.findByContentHash(doc.contentHash());
        if (existing.isPresent()) {
            metrics.duplicate();
            return new IngestResult(existing.get(), true);
        }
        IngestResult result = doc.sourceUrl() == null ? store(doc, 1, null) : storeVersion(doc);
        if (result.duplicate()) {
            metrics.duplicate();
        } else {
            metrics.accepted();
            relay.wakeUp();
        }
        return result;
    }

    private IngestResult storeVersion(AcceptedDocument doc) {
        ReentrantLock lock = sourceLocks[Math.floorMod(doc.sourceUrl().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            Document latest = store.latestVersion(doc.sourceUrl()).orElse(null);
            int version = latest == null ? 1 : latest.getInteger("version") + 1;
            String previous = latest == null ? null : latest.getString("latestReportId");
            String id = newId();
            // The version is claimed first so a stored report is always its URL's recorded latest.
            store.recordVersion(doc.sourceUrl(), version, id);
            try {
                IngestResult result = store(id, doc, version, previous);
                if (result.duplicate()) {
                    store.restoreVersion(doc.sourceUrl(), latest);
                }
                return result;
            } catch (RuntimeException e) {
                try {
                    store.restoreVersion(doc.sourceUrl(), latest);
                } catch (RuntimeException restoreFailed) {
                    e.addSuppressed(restoreFailed);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private IngestResult store(AcceptedDocument doc, int version, String previous) {
        return store(newId(), doc, version, previous);
    }

    private IngestResult store(String id, AcceptedDocument doc, int version, String previous) {
        try {
            return new IngestResult(store.save(id, doc, version, previous), false);
        } catch (ReportStore.DuplicateContentException e) {
            // The same content was stored concurrently: answer like any duplicate.
            return store.findByContentHash(doc.contentHash()).map(r -> new IngestResult(r, true)).orElseThrow(() -> e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
