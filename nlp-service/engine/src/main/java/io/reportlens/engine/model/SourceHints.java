package io.reportlens.engine.model;

/**
 * What the uploader told us beside the bytes; every field may be null.
 *
 * @param reportKey a stable key of the report (its id), used to derive stable metric and
 *                  commitment ids; when null, a hash of the normalized text is used
 */
public record SourceHints(String reportKey, String title, String publishedDate, String sourceUrl) {

    public static SourceHints none() {
        return new SourceHints(null, null, null, null);
    }
}
