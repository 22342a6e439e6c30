package io.reportlens.ingest.service;

/** What the bytes of an upload are, judged from the bytes alone. */
public enum ContentKind {
    PDF("application/pdf"),
    ZIP("application/zip"),
    /** A legacy Office (OLE2) file such as .doc: not supported. */
    OLE2("application/x-ole-storage"),
    BINARY("application/octet-stream"),
    TEXT("text/plain");

    private final String mediaType;

    ContentKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
