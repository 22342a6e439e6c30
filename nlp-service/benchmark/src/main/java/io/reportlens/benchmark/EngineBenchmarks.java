package io.reportlens.benchmark;

import com.hankcs.hanlp.HanLP;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.metadata.MetadataExtractor;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import io.reportlens.engine.sections.SectionParser;
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
 * is the figure to compare, HanLP's standard segmenter over the same texts being the yardstick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmarks {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SectionParser sections = new SectionParser();
    private final ReportExtractor engine = new ReportExtractor();
    private final MetricExtractor metrics = new MetricExtractor();

    @Setup
    public void warmSegmenterDictionary() {
        HanLP.segment("卫生健康委员会");
    }

    @Benchmark
    public void normalizeMetadataSections(CorpusState state, InputBytes counter, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            NormalizedText normalized = normalizer.normalize(raw);
            ReportMetadata report = metadata.extract(normalized, null, SourceHints.none(), sections.parse(normalized.text(), null));
            sink.consume(sections.parse(normalized.text(), report));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
    }

    /** The metric stage alone, over the normalized texts and their outlines. */
    @Benchmark
    public void metrics(CorpusState state, InputBytes counter, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            NormalizedText normalized = normalizer.normalize(raw);
            ReportMetadata report = metadata.extract(normalized, null, SourceHints.none(), sections.parse(normalized.text(), null));
            sink.consume(metrics.extract("bench", normalized.text(), sections.parse(normalized.text(), report), report));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
    }

    @Benchmark
    public void wholeEngine(CorpusState state, InputBytes counter, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            sink.consume(engine.extractText(raw, SourceHints.none()));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
    }

    @Benchmark
    public void hanlpStandardSegmenter(CorpusState state, InputBytes counter, Blackhole sink) {
        for (String raw : state.corpus.texts()) {
            sink.consume(HanLP.segment(raw));
        }
        counter.inputBytes += state.corpus.utf8Bytes();
    }
}
