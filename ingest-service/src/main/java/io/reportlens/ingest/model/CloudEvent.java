package io.reportlens.ingest.model;

/** A CloudEvents 1.0 envelope in structured JSON mode, as every ReportLens topic carries. */
public record CloudEvent<T>(String specversion, String id, String source, String type, String time,
                            String subject, String datacontenttype, T data) {

    public static <T> CloudEvent<T> of(String id, String source, String type, String time, String subject, T data) {
        return new CloudEvent<>("1.0", id, source, type, time, subject, "application/json", data);
    }
}
