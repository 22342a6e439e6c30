package io.reportlens.engine.read;

import java.nio.charset.StandardCharsets;

/** Bytes in, text out. (Placeholder: UTF-8 plain text only; replaced by the real reader.) */
public final class DocumentReader {

    public ReadDocument read(SourceDocument doc) throws UnreadableDocumentException {
        if (doc.content() == null || doc.content().length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        return new ReadDocument(new String(doc.content(), StandardCharsets.UTF_8), "text", "UTF-8", null);
    }
}
