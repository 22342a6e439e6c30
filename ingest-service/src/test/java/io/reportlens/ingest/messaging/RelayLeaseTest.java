package io.reportlens.ingest.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.store.LeaseStore;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay lease against the real store: one holder at a time, taken over when it lapses, given back on release. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class RelayLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(10);

    @Inject
    LeaseStore leases;

    @Inject
    RelayLease running;

    @Test
    void theRunningServiceHoldsTheRelayLease() {
        assertThat(running.held()).isTrue();
    }

    @Test
    void oneHolderAtATimeUntilItLapses() {
        String name = "test-" + UUID.randomUUID();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(leases.tryHold(name, "a", t0, LEASE)).isTrue();
        assertThat(leases.tryHold(name, "b", t0.plusSeconds(1), LEASE)).isFalse();
        assertThat(leases.tryHold(name, "a", t0.plusSeconds(8), LEASE)).isTrue(); // renewed until t0 + 18 s
        assertThat(leases.tryHold(name, "b", t0.plusSeconds(15), LEASE)).isFalse();
        assertThat(leases.tryHold(name, "b", t0.plusSeconds(19), LEASE)).isTrue(); // a stopped renewing
        assertThat(leases.tryHold(name, "a", t0.plusSeconds(20), LEASE)).isFalse();
        leases.release(name, "a"); // not a's to release
        assertThat(leases.tryHold(name, "a", t0.plusSeconds(21), LEASE)).isFalse();
        leases.release(name, "b");
        assertThat(leases.tryHold(name, "a", t0.plusSeconds(21), LEASE)).isTrue();
    }

    @Test
    void twoInstancesNeverBothRelay() {
        String name = "test-" + UUID.randomUUID();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        RelayLease first = new RelayLease(leases, name, LEASE, clock, "first");
        RelayLease second = new RelayLease(leases, name, LEASE, clock, "second");
        assertThat(first.held()).isTrue();
        for (int s = 0; s < 60; s++) { // the first renews every five seconds: the second never gets it
            clock.advance(Duration.ofSeconds(1));
            assertThat(first.held()).isTrue();
            assertThat(second.held()).isFalse();
        }
        clock.advance(LEASE.plusSeconds(1)); // the first has stopped (a crash: no release)
        assertThat(second.held()).isTrue();
        assertThat(first.held()).isFalse();
        second.release();
        assertThat(first.held()).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
