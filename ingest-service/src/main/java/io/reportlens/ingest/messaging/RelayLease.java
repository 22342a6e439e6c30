package io.reportlens.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.store.LeaseStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether this ingest instance may relay the outbox now: it must hold the relay lease. Renewing is a
 * write, so a holder renews only once half the lease has passed. The holder is named by host and
 * HTTP port, so an instance restarted after a crash takes its lease back at once instead of waiting
 * for it to expire.
 */
@ApplicationScoped
public class RelayLease {

    static final String NAME = "outbox-relay";
    private static final Logger LOG = Logger.getLogger(RelayLease.class);

    private final LeaseStore leases;
    private final String name;
    private final Duration duration;
    private final Clock clock;
    private final String holder;
    private Instant renewAfter = Instant.MIN;

    @Inject
    public RelayLease(LeaseStore leases, IngestConfig config, @ConfigProperty(name = "quarkus.http.port") int port) {
        this(leases, NAME, config.relayLease(), Clock.systemUTC(), hostName() + ":" + port);
    }

    RelayLease(LeaseStore leases, String name, Duration duration, Clock clock, String holder) {
        this.leases = leases;
        this.name = name;
        this.duration = duration;
        this.clock = clock;
        this.holder = holder;
    }

    /** True when this instance holds the lease (taking or renewing it as needed). */
    public synchronized boolean held() {
        Instant now = clock.instant();
        if (now.isBefore(renewAfter)) {
            return true;
        }
        if (leases.tryHold(name, holder, now, duration)) {
            renewAfter = now.plus(duration.dividedBy(2));
            return true;
        }
        renewAfter = Instant.MIN;
        return false;
    }

    /** Gives the lease up, so another instance relays at once rather than when it expires. */
    public synchronized void release() {
        renewAfter = Instant.MIN;
        leases.release(name, holder);
    }

    void stop(@Observes ShutdownEvent event) {
        try {
            release();
        } catch (RuntimeException e) {
            LOG.debugf("relay lease not released (it expires in %s): %s", duration, e.toString());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
    }
}
