package io.reportlens.engine;

import io.reportlens.engine.commitments.CommitmentExtractor;
import io.reportlens.engine.frame.FrameReader;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.metrics.MetricExtractor;
import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import io.reportlens.engine.read.DocumentReader;
import io.reportlens.engine.read.ReadDocument;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;

import java.util.List;

/**
 * The whole engine: bytes → text → normalized text → the report's frame (metadata, sections, which
 * sentences look back or forward) → metrics → commitments.
 * Thread-safe once built; build one and share it.
 */
public final class ReportExtractor {

    /** Bumped whenever a change alters what the engine extracts; the query side keeps the newest. */
    public static final String VERSION = "0.2.0";

    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final FrameReader frames = new FrameReader();
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
        ReportFrame frame = frames.read(normalized, read.title(), hints);
        List<Metric> found = metrics.extract(reportKey, text, frame);
        List<Commitment> promised = commitments.extract(reportKey, text, frame, found);
        return new ExtractionResult(VERSION, frame.report(), frame.sections(), found, promised, text);
    }
}
