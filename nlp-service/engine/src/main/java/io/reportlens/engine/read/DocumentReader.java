package io.reportlens.engine.read;

import io.reportlens.engine.normalize.Chars;

/**
 * Bytes in, text out: finds the format (PDF, DOCX, HTML, plain text) from the bytes themselves, the
 * charset of text when none is declared, and takes the text out with the document libraries.
 * Thread-safe.
 */
public final class DocumentReader {

    public ReadDocument read(SourceDocument doc) throws UnreadableDocumentException {
        byte[] bytes = doc.content();
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        ReadDocument read = switch (Format.sniff(bytes, doc.contentType())) {
            case PDF -> pdf(bytes);
            case DOCX_OR_ZIP -> docx(bytes);
            case OLE2 -> throw new UnreadableDocumentException("legacy binary Office files (.doc, .xls) are not supported; send DOCX, PDF, HTML or text");
            case BINARY -> throw new UnreadableDocumentException("the bytes are binary data, not a document in a format we read (text, HTML, DOCX, PDF)");
            case HTML -> html(bytes, doc.contentType());
            case TEXT -> text(bytes, doc.contentType());
        };
        if (!Chars.hasHan(read.text())) {
            throw new UnreadableDocumentException("the " + read.format() + " document holds no Chinese text");
        }
        return read;
    }

    private static ReadDocument text(byte[] bytes, String contentType) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, contentType);
        return new ReadDocument(decoded.text(), "text", decoded.charset(), null);
    }

    private static ReadDocument html(byte[] bytes, String contentType) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, contentType);
        HtmlText.Article article = HtmlText.extract(decoded.text());
        return new ReadDocument(article.text(), "html", decoded.charset(), article.title());
    }

    private static ReadDocument docx(byte[] bytes) throws UnreadableDocumentException {
        try {
            DocxText.Content content = DocxText.extract(bytes);
            return new ReadDocument(content.text(), "docx", null, content.title());
        } catch (Exception e) {
            throw new UnreadableDocumentException("the zip file is not a readable DOCX document: " + e.getMessage(), e);
        }
    }

    private static ReadDocument pdf(byte[] bytes) throws UnreadableDocumentException {
        try {
            PdfText.Content content = PdfText.extract(bytes);
            return new ReadDocument(content.text(), "pdf", null, content.title());
        } catch (Exception e) {
            throw new UnreadableDocumentException("the PDF is corrupt or unreadable: " + e.getMessage(), e);
        }
    }
}
