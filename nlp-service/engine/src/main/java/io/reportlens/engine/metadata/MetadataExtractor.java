package io.reportlens.engine.metadata;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;

/** Spec §2. (Placeholder; replaced by the real extractor.) */
public final class MetadataExtractor {

    public ReportMetadata extract(NormalizedText text, String declaredTitle, SourceHints hints) {
        return ReportMetadata.empty(text.script());
    }
}
