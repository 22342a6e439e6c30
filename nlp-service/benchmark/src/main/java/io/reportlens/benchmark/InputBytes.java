package io.reportlens.benchmark;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the UTF-8 input bytes processed; JMH reports the count as a rate, {@code inputBytes}
 * in bytes per second (run.sh turns it into MB/s).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class InputBytes {

    public long inputBytes;

    @Setup(Level.Iteration)
    public void reset() {
        inputBytes = 0;
    }
}
