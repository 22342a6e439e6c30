package io.reportlens.engine.read;

/** Raw bytes as uploaded, with the declared content type and file name when known (both may be null). */
public record SourceDocument(byte[] content, String contentType, String fileName) {

    public static SourceDocument ofText(String text) {
        return new SourceDocument(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null);
    }
}
