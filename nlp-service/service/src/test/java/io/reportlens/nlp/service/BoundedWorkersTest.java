package io.reportlens.nlp.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedWorkersTest {

    @Test
    void runsTasksInParallelUpToTheSlotsAndKeepsTheirOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (BoundedWorkers workers = new BoundedWorkers(3, Duration.ofSeconds(10), "test")) {
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                results.add(workers.submit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(30);
                    running.decrementAndGet();
                    return n * n;
                }, IllegalStateException::new));
            }
            assertThat(results.stream().map(CompletableFuture::join).toList())
                    .containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121);
        }
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void aTaskPastItsTimeFailsWithTheTimeoutErrorAndFreesItsSlotForTheNext() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (BoundedWorkers workers = new BoundedWorkers(1, Duration.ofMillis(200), "test")) {
            CompletableFuture<String> stuck = workers.submit(() -> {
                await(never);
                return "never";
            }, () -> new IllegalStateException("gave up"));
            long start = System.nanoTime();
            CompletableFuture<String> next = workers.submit(() -> "next", IllegalStateException::new);
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("next");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
            assertThatThrownBy(stuck::join).isInstanceOf(CompletionException.class).hasRootCauseMessage("gave up");
        } finally {
            never.countDown();
        }
    }

    @Test
    void aFailingTaskFailsOnlyItsOwnFuture() {
        try (BoundedWorkers workers = new BoundedWorkers(2, Duration.ofSeconds(10), "test")) {
            CompletableFuture<String> bad = workers.submit(() -> {
                throw new IllegalArgumentException("bad input");
            }, IllegalStateException::new);
            CompletableFuture<String> good = workers.submit(() -> "good", IllegalStateException::new);
            assertThat(good.join()).isEqualTo("good");
            assertThatThrownBy(bad::join).hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
