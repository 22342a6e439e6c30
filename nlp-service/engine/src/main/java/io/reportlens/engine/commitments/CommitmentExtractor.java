package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Commitment;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;

import java.util.List;

/** Spec §4. (Placeholder; replaced by the real extractor.) */
public final class CommitmentExtractor {

    public List<Commitment> extract(String reportKey, String text, List<Section> sections, ReportMetadata report, List<Metric> metrics) {
        return List.of();
    }
}
