package io.reportlens.engine;

import io.reportlens.engine.commitments.CommitmentExtractor;
import io.reportlens.engine.metadata.MetadataExtractor;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import io.reportlens.engine.read.DocumentReader;
import io.reportlens.engine.read.ReadDocument;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;
import io.reportlens.engine.sections.SectionParser;

import java.util.List;

/**
 * The whole engine: bytes → text → normalized text → metadata, sections, metrics, commitments.
 * Thread-safe once built; build one and share it.
 */
public final class ReportExtractor {

    /** Bumped whenever a change alters what the engine extracts; the query side keeps the newest. */
    public static final String VERSION = "0.1.0";

    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SectionParser sections = new SectionParser();
    private final MetricExtractor metrics = new MetricExtractor();
    private final CommitmentExtractor commitments = new CommitmentExtractor();

    public ExtractionResult extract(SourceDocument document, SourceHints hints) throws UnreadableDocumentException {
        ReadDocument read = reader.read(document);
        return extractRead(read, hints);
    }

    public ExtractionResult extractText(String rawText, SourceHints hints) {
        return extractRead(new ReadDocument(rawText, "text", "UTF-8", null), hints);
    }

    private ExtractionResult extractRead(ReadDocument read, SourceHints hints) {
        NormalizedText normalized = normalizer.normalize(read.text());
        String text = normalized.text();
        String reportKey = hints.reportKey() != null ? hints.reportKey() : Ids.sha256(text).substring(0, 16);
        ReportMetadata report = metadata.extract(normalized, read.title(), hints, sections.parse(text, null));
        List<Section> outline = sections.parse(text, report);
        List<Metric> found = metrics.extract(reportKey, text, outline, report);
        List<Commitment> promised = commitments.extract(reportKey, text, outline, report, found);
        return new ExtractionResult(VERSION, report, outline, found, promised, text);
    }
}
