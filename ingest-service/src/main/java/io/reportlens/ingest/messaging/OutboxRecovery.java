package io.reportlens.ingest.messaging;

import io.quarkus.runtime.StartupEvent;
import io.reportlens.ingest.store.OutboxStore;
import io.reportlens.ingest.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * At startup, gives every pending report that lost its outbox entry (the process died between
 * storing the report and its entry) a new one, so no stored report stays unpublished.
 */
@ApplicationScoped
public class OutboxRecovery {

    private static final Logger LOG = Logger.getLogger(OutboxRecovery.class);

    private final ReportStore reports;
    private final OutboxStore outbox;

    public OutboxRecovery(ReportStore reports, OutboxStore outbox) {
        this.reports = reports;
        this.outbox = outbox;
    }

    void recover(@Observes StartupEvent event) {
        try {
            int recovered = 0;
            for (String id : reports.pendingIds()) {
                if (!outbox.hasFirstPublication(id)) {
                    outbox.enqueue(outbox.nextSequence(), id, UUID.randomUUID().toString(), null);
                    recovered++;
                }
            }
            if (recovered > 0) {
                LOG.infof("re-queued %d pending reports that had no outbox entry", recovered);
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox recovery skipped, the store is not reachable: %s", e.toString());
        }
    }
}
