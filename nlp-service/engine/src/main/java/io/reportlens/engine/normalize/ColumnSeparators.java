package io.reportlens.engine.normalize;

import java.util.regex.Pattern;

/**
 * A table row whose cells are aligned by tabs or by runs of spaces (text copied from a spreadsheet,
 * a PDF laid out by columns) is written as a pipe row, {@code 人均预期寿命 | 岁 | 78.1 | 79}, the form
 * the readers give HTML and DOCX tables: folding its separators to single spaces would lose the
 * columns. Spaces make a row only when they part at least three short cells and the line reads as no
 * sentence or record (no 。 ; and no field label with a colon), since prose is sometimes spaced too.
 */
final class ColumnSeparators {

    private static final Pattern TAB = Pattern.compile("[ \\u3000\\u00A0]*\\t[ \\t\\u3000\\u00A0]*");
    private static final Pattern SPACES = Pattern.compile("[ \\u3000\\u00A0]{2,}");
    private static final int MIN_SPACED_CELLS = 3;
    private static final int MAX_SPACED_CELL = 40;

    private ColumnSeparators() {
    }

    /** The line as a pipe row when its cells are aligned by tabs or spaces, else the line itself. */
    static String asPipeRow(String line) {
        if (line.indexOf('\t') < 0 && line.indexOf("  ") < 0 && line.indexOf('\u3000') < 0) return line;
        String s = line.strip();
        if (s.isEmpty() || s.indexOf('|') >= 0) return line;
        if (s.indexOf('\t') >= 0) return String.join(" | ", TAB.split(s));
        if (s.indexOf("  ") < 0 && s.indexOf("\u3000\u3000") < 0 && s.indexOf(" \u3000") < 0 && s.indexOf("\u3000 ") < 0) return line;
        if (s.indexOf('。') >= 0 || s.indexOf(';') >= 0 || s.indexOf('；') >= 0 || s.indexOf(':') >= 0 || s.indexOf('：') >= 0) return line;
        String[] cells = SPACES.split(s);
        if (cells.length < MIN_SPACED_CELLS) return line;
        for (String cell : cells) if (cell.length() > MAX_SPACED_CELL) return line;
        return String.join(" | ", cells);
    }
}
