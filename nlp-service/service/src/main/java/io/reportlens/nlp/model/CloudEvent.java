package io.reportlens.nlp.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A CloudEvents 1.0 envelope in structured JSON mode, as every ReportLens topic carries it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String time,
        String subject,
        String datacontenttype,
        T data) {
}
