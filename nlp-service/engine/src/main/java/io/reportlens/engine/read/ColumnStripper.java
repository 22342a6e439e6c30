package io.reportlens.engine.read;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.List;

/**
 * PDFBox's text stripper, sorted by position, that tells a column gap from a word space: it writes
 * the one space PDFBox puts between words as {@code " | "} when the words stand at least
 * {@value #COLUMN_GAP_EMS} ems apart, as the cells of a table's row do.
 */
final class ColumnStripper extends PDFTextStripper {

    static final String CELL_SEPARATOR = " | ";
    private static final double COLUMN_GAP_EMS = 1.5;

    private TextPosition lastGlyph;
    private boolean separatorPending;

    ColumnStripper() {
        setSortByPosition(true);
    }

    static boolean isRow(String line) {
        return line.contains(CELL_SEPARATOR);
    }

    @Override
    protected void writeWordSeparator() {
        separatorPending = true;
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        lastGlyph = null;
        separatorPending = false;
        super.writeLineSeparator();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (separatorPending) {
            boolean column = lastGlyph != null && !positions.isEmpty() && isColumnGap(lastGlyph, positions.get(0));
            writeString(column ? CELL_SEPARATOR : getWordSeparator());
            separatorPending = false;
        }
        super.writeString(text, positions);
        if (!positions.isEmpty()) lastGlyph = positions.get(positions.size() - 1);
    }

    private static boolean isColumnGap(TextPosition before, TextPosition after) {
        double gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        double em = Math.max(before.getFontSizeInPt(), before.getWidthDirAdj());
        return gap >= COLUMN_GAP_EMS * em;
    }
}
