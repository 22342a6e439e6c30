package io.reportlens.ingest.model;

/** The answer to an upload: the report's id, its delivery state, and where to find it. */
public record IngestResponse(String id, String status, boolean duplicate, int version, String previousVersionId,
                             String location) {

    public static IngestResponse of(StoredReport report, boolean duplicate) {
        return new IngestResponse(report.id(), report.state(), duplicate, report.version(), report.previousVersionId(),
                "/api/reports/" + report.id());
    }
}
