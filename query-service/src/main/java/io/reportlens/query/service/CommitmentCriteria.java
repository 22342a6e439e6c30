package io.reportlens.query.service;

import org.bson.conversions.Bson;

import java.util.List;

/** The filters of {@code GET /commitments}; null means "any". Dates are ISO strings, compared as such. */
public record CommitmentCriteria(String region, String regionCode, Integer year, String topic, String strength,
                                 String status, String dueBefore, String dueAfter, Boolean measurable, String q,
                                 String reportId,
                                 boolean includeSuperseded) {

    Bson bson(List<String> idsMatchingQ) {
        return new Conditions()
                .eq("region", region)
                .regionCode("regionCode", regionCode)
                .eq("year", year)
                .eq("topic", topic)
                .eq("strength", strength)
                .eq("status", status)
                .lte("due", dueBefore)
                .gte("due", dueAfter)
                .eq("measurable", measurable)
                .eq("reportId", reportId)
                .idIn(idsMatchingQ)
                .visible(includeSuperseded)
                .bson();
    }
}
