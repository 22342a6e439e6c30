package io.reportlens.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of one NDJSON line: the status the single upload would have had, and its report or problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLineResult(int line, int status, String id, Boolean duplicate, Integer version, Problem problem) {
}
