package io.reportlens.engine.read;

/**
 * The text taken out of a document, before normalization.
 *
 * @param format  text, html, docx or pdf
 * @param charset the charset the bytes were decoded with (null for docx/pdf)
 * @param title   a title the container declares (HTML title, DOCX/PDF properties), or null
 */
public record ReadDocument(String text, String format, String charset, String title) {
}
