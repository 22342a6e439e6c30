package io.reportlens.nlp.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs tasks at most {@code slots} at a time, each bounded in time. A task past its time completes
 * its future with the timeout error and gives its slot to the next; its thread is abandoned (the
 * work cannot be interrupted safely) rather than reused, so a stuck task never blocks the others.
 */
final class BoundedWorkers implements AutoCloseable {

    private final Semaphore slots;
    private final Duration timeout;
    private final ExecutorService threads;
    private final ScheduledExecutorService watchdog;

    BoundedWorkers(int slots, Duration timeout, String name) {
        this.slots = new Semaphore(slots);
        this.timeout = timeout;
        this.threads = Executors.newCachedThreadPool(daemon(name));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon(name + "-watchdog"));
    }

    /**
     * Starts {@code task} once a slot is free (blocking the caller until then). The future completes
     * with the task's result or its exception, or with {@code onTimeout}'s after the timeout.
     */
    <T> CompletableFuture<T> submit(Supplier<T> task, Supplier<RuntimeException> onTimeout) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
            return result;
        }
        AtomicBoolean slotHeld = new AtomicBoolean(true);
        Runnable freeSlot = () -> {
            if (slotHeld.compareAndSet(true, false)) {
                slots.release();
            }
        };
        threads.execute(() -> {
            ScheduledFuture<?> deadline = watchdog.schedule(() -> {
                result.completeExceptionally(onTimeout.get());
                freeSlot.run();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                deadline.cancel(false);
                freeSlot.run();
            }
        });
        return result;
    }

    @Override
    public void close() {
        threads.shutdownNow();
        watchdog.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
