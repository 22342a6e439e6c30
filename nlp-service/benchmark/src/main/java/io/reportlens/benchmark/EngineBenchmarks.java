package io.reportlens.benchmark;

import com.hankcs.hanlp.HanLP;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Throughput of the engine's stages over a whole corpus per operation; {@code inputBytes} (bytes/s)
 * is the figure to compare, HanLP's standard segmenter over the same texts being the yardstick;
 * {@code cpuBytes / cpuNanos} is the same work per CPU-second, for a machine that is not quiet.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmarks {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final FrameReader frames = new FrameReader();
    private final ReportExtractor engine = new ReportExtractor();
    private final MetricExtractor metrics = new MetricExtractor();

    @Setup
    public void warmSegmenterDictionary() {
        HanLP.segment("卫生健康委员会");
    }

    /** Normalization and the report's frame (metadata, sections, the orientation of every sentence). */
    @Benchmark
    public void normalizeAndFrame(CorpusState state, InputBytes counter, CpuTime cpu, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            sink.consume(frames.read(normalizer.normalize(raw), null, SourceHints.none()));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
        cpu.cpuBytes += state.corpus.utf8Bytes();
    }

    /** Normalization, the frame and the metric stage. */
    @Benchmark
    public void metrics(CorpusState state, InputBytes counter, CpuTime cpu, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            NormalizedText normalized = normalizer.normalize(raw);
            ReportFrame frame = frames.read(normalized, null, SourceHints.none());
            sink.consume(metrics.extract("bench", normalized.text(), frame));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
        cpu.cpuBytes += state.corpus.utf8Bytes();
    }

    @Benchmark
    public void wholeEngine(CorpusState state, InputBytes counter, CpuTime cpu, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            sink.consume(engine.extractText(raw, SourceHints.none()));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
        cpu.cpuBytes += state.corpus.utf8Bytes();
    }

    @Benchmark
    public void hanlpStandardSegmenter(CorpusState state, InputBytes counter, CpuTime cpu, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            sink.consume(HanLP.segment(raw));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
        cpu.cpuBytes += state.corpus.utf8Bytes();
    }
}
