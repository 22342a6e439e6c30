package io.reportlens.benchmark;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the measuring thread and the input bytes it processed in it, as totals
 * ({@code cpuNanos}, {@code cpuBytes}): their ratio, MB per CPU-second, holds on a machine busy with
 * other work, where wall-clock throughput falls with the share of the cores the benchmark gets.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long cpuBytes;
    private long started;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        cpuBytes = 0;
    }

    @Setup(Level.Invocation)
    public void start() {
        started = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Invocation)
    public void stop() {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
    }
}
