package io.reportlens.ingest.model;

/**
 * One document as the caller sent it, before any checks: its bytes, the declared content type
 * (may be null) and file name (may be null), and the metadata as given.
 */
public record Upload(byte[] content, String contentType, String fileName,
                     String sourceUrl, String title, String publishedDate) {
}
