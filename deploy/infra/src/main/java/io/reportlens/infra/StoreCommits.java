package io.reportlens.infra;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Commits the MVStore periodically, never in the middle of a write. A write (a command that changes
 * documents or indexes) holds a shared lock; a commit takes it exclusively, so every commit holds
 * whole writes only: a document and its index entries are on disk together or not at all. Writes
 * run concurrently with each other; reads take no lock.
 *
 * <p>The store must be opened with H2's own auto-commit off (delay and buffer size 0), or it would
 * commit by itself at any moment.
 */
final class StoreCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreCommits.class);

    private final MVStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService timer;

    StoreCommits(MVStore store, long periodMillis) {
        if (store.getAutoCommitDelay() != 0 || store.getAutoCommitMemory() != 0) {
            throw new IllegalArgumentException("open the MVStore with autoCommitDisabled() and autoCommitBufferSize(0)");
        }
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mvstore-commits");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::commit, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    <T> T write(Supplier<T> operation) {
        lock.readLock().lock();
        try {
            return operation.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void commit() {
        lock.writeLock().lock();
        try {
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                store.commit();
            }
        } catch (RuntimeException e) {
            log.error("commit failed", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stops the timer; what is unsaved is committed by whoever closes the store. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
