package io.reportlens.engine.read;

import io.reportlens.engine.sections.HeadingMarker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, with its paragraphs made whole again: a PDF breaks lines where the page is
 * full, so a line joins the one before unless that one ended a sentence or this one opens a heading.
 */
final class PdfText {

    record Content(String text, String title) {
    }

    private static final String PARAGRAPH_ENDS = "。:;!?”》)";

    private PdfText() {
    }

    static Content extract(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String title = pdf.getDocumentInformation().getTitle();
            return new Content(reflow(stripper.getText(pdf)), title == null || title.isBlank() ? null : title.strip());
        }
    }

    static String reflow(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean newParagraph = out.isEmpty() || PARAGRAPH_ENDS.indexOf(out.charAt(out.length() - 1)) >= 0
                    || HeadingMarker.level(line) > 0 || line.length() < 2;
            if (newParagraph && !out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }
}
