package io.reportlens.ingest.service;

import io.reportlens.ingest.model.StoredReport;

/** The stored report an upload led to, and whether it was already there. */
public record IngestResult(StoredReport report, boolean duplicate) {
}
