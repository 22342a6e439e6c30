package io.reportlens.engine.model;

import java.util.List;

/** Everything the engine reads out of one report; {@code text} is the normalized text all offsets point into. */
public record ExtractionResult(
        String extractorVersion,
        ReportMetadata report,
        List<Section> sections,
        List<Metric> metrics,
        List<Commitment> commitments,
        String text) {
}
