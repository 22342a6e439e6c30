package io.reportlens.query.service;

import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Set;

/** The filters of {@code GET /commitments}; null means "any". Dates are ISO strings, compared as such. */
public record CommitmentCriteria(String region, String regionCode, Integer year, String topic, String strength,
                                 String status, String dueBefore, String dueAfter, Boolean measurable, String q,
                                 String reportId,
                                 boolean includeSuperseded) {

    /** The same filter as {@link #bson(List)}, on a stored document. */
    boolean matches(Document d, Set<String> idsMatchingQ) {
        return Matching.visible(d, includeSuperseded)
                && Matching.eq(d, "region", region)
                && Matching.regionCode(d, "regionCode", regionCode)
                && Matching.eq(d, "year", year)
                && Matching.eq(d, "topic", topic)
                && Matching.eq(d, "strength", strength)
                && Matching.eq(d, "status", status)
                && Matching.between(d, "due", dueAfter, dueBefore)
                && Matching.eq(d, "measurable", measurable)
                && Matching.eq(d, "reportId", reportId)
                && Matching.idIn(d, idsMatchingQ);
    }

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
