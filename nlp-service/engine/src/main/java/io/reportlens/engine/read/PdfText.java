package io.reportlens.engine.read;

import io.reportlens.engine.sections.HeadingMarker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a PDF, with its paragraphs made whole again: a PDF breaks lines where the page is
 * full, so a line joins the one before unless that one ended a sentence or stopped well short of
 * the full width (a title, a date), or this one opens a heading or is a date on its own. A table's
 * row keeps its columns: where words on a line stand further apart than a word space, the gap is
 * written as a cell separator {@code |} ({@link ColumnStripper}), and such a row joins no other line.
 */
final class PdfText {

    record Content(String text, String title) {
    }

    private static final double FULL_LINE = 0.8;
    private static final Pattern DATE_LINE = Pattern.compile("\\(?\\d{4}年\\d{1,2}月\\d{1,2}日\\)?");
    private static final String PARAGRAPH_ENDS = "。:;!?”》)";

    private PdfText() {
    }

    static Content extract(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new ColumnStripper();
            String title = pdf.getDocumentInformation().getTitle();
            return new Content(reflow(stripper.getText(pdf)), title == null || title.isBlank() ? null : title.strip());
        }
    }

    static String reflow(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int fullWidth = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder(text.length());
        String previous = null;
        for (String line : lines) {
            if (previous != null) {
                boolean joins = PARAGRAPH_ENDS.indexOf(previous.charAt(previous.length() - 1)) < 0
                        && !ColumnStripper.isRow(previous) && !ColumnStripper.isRow(line)
                        && previous.length() >= fullWidth * FULL_LINE && HeadingMarker.level(line) == 0
                        && !DATE_LINE.matcher(line).matches();
                if (!joins) {
                    out.append('\n');
                }
            }
            out.append(line);
            previous = line;
        }
        return out.toString();
    }
}
