package io.reportlens.nlp.model;

import io.reportlens.engine.model.Commitment;

/** The data of a {@code commitments.extracted} event: one commitment, with whose it is. */
public record CommitmentExtracted(
        String reportId,
        String extractorVersion,
        String region,
        String regionCode,
        String province,
        Integer periodYear,
        Commitment commitment) {
}
