package io.reportlens.query.service;

import org.bson.conversions.Bson;

import java.util.List;

/** The filters of {@code GET /reports}; null means "any". */
public record ReportCriteria(String region, String regionCode, String province, String docType, Integer year,
                             String issuer, String publishedFrom, String publishedTo, String q,
                             boolean includeSuperseded) {

    Bson bson(List<String> idsMatchingQ) {
        return new Conditions()
                .eq("region", region)
                .regionCode("regionCode", regionCode)
                .eq("province", province)
                .eq("docType", docType)
                .eq("periodYear", year)
                .contains("issuer", issuer)
                .gte("publishedDate", publishedFrom)
                .lte("publishedDate", publishedTo)
                .idIn(idsMatchingQ)
                .visible(includeSuperseded)
                .bson();
    }
}
