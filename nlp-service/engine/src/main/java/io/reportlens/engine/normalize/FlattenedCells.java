package io.reportlens.engine.normalize;

import io.reportlens.engine.text.WordList;

import java.util.List;

/**
 * The lines of a table a scraper flattened to one cell per line without bars: each cell a line of
 * its own, short, with notes (说明:…, 注:…, 计算方法:…, table-notes.txt) among them that explain a
 * row and are no cells. The normalizer keeps such a table's bare figures; the table finder reads it.
 */
public final class FlattenedCells {

    /** A cell on a line of its own: an indicator's name may run long, a paragraph runs longer. */
    private static final int MAX_CELL = 60;
    private static final List<String> LABELS = WordList.load(FlattenedCells.class, "table-notes.txt");

    private FlattenedCells() {
    }

    /** Whether the (trimmed, normalized) line can be one cell: not empty, short, no bar, no note. */
    public static boolean isCell(String line) {
        return !line.isEmpty() && line.length() <= MAX_CELL && line.indexOf('|') < 0 && !isNote(line);
    }

    /** Whether the (normalized) line opens with a note's label and its colon. */
    public static boolean isNote(String line) {
        for (String label : LABELS) {
            if (line.length() > label.length() && line.startsWith(label) && line.charAt(label.length()) == ':') {
                return true;
            }
        }
        return false;
    }
}
