package io.reportlens.engine.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what is done and, on a terminal, redraws one status line a few times a second: files done
 * of all, megabytes read, the rate so far, failures, the time left.
 */
final class Progress {

    private final int total;
    private final long totalBytes;
    private final PrintStream out;
    private final boolean live;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean drawn;

    Progress(int total, long totalBytes, PrintStream out, boolean live) {
        this.total = total;
        this.totalBytes = totalBytes;
        this.out = out;
        this.live = live;
    }

    void finished(long inputBytes) {
        bytes.addAndGet(inputBytes);
        done.incrementAndGet();
    }

    void failed(String message) {
        failed.incrementAndGet();
        done.incrementAndGet();
        synchronized (this) {
            clearLine();
            out.println(message);
        }
    }

    int failures() {
        return failed.get();
    }

    /** The status line, redrawn in place (only on a terminal). */
    synchronized void draw() {
        if (!live) {
            return;
        }
        out.print("\r" + line() + "\033[K");
        out.flush();
        drawn = true;
    }

    /** The last word: what was done, how fast, and at what cost in CPU time (the process's, JIT and GC included). */
    synchronized void summary() {
        clearLine();
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(Double.NaN);
        out.println(String.format(Locale.ROOT, "extracted %d of %d files, %.1f MB in %.1f s (%.1f MB/s), %.1f s of CPU (%.1f MB per CPU-second)%s",
                total - failed.get(), total, bytes.get() / 1e6, seconds(), bytes.get() / 1e6 / Math.max(seconds(), 1e-9), cpu,
                bytes.get() / 1e6 / cpu, failed.get() == 0 ? "" : "; " + failed.get() + " failed"));
    }

    String line() {
        double seconds = seconds();
        double rate = bytes.get() / 1e6 / Math.max(seconds, 1e-9);
        int finished = done.get();
        String left = finished == 0 || bytes.get() == 0 ? "…"
                : duration((long) ((totalBytes - bytes.get()) / 1e6 / Math.max(rate, 1e-9)));
        return String.format(Locale.ROOT, "%,d / %,d files  %.1f / %.1f MB  %.1f MB/s  %s left%s", finished, total,
                bytes.get() / 1e6, totalBytes / 1e6, rate, left, failed.get() == 0 ? "" : "  " + failed.get() + " failed");
    }

    private void clearLine() {
        if (drawn) {
            out.print("\r\033[K");
            drawn = false;
        }
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
