package io.reportlens.engine.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the normalized text that holds table cells separated by {@code |}: a whole row
 * ({@code 孕产妇死亡率 | 1/10万 | <7}) or, in a table a scraper flattened, one cell
 * ({@code 78.09 |}). A bar closing the line only closes its last cell, and then a bar opening it
 * only opens the first ({@code | 指标 | 单位 |}); a line opened by a bar but not closed by one starts
 * with an empty cell ({@code | 婴儿死亡率 | ‰ | 4.5} under a merged category).
 */
record PipeLine(int start, int end, List<Cell> cells) {

    static final char BAR = '|';

    /** The cells of the line [from, to), or null when it holds no bar. */
    static PipeLine read(String text, int from, int to) {
        int bar = text.indexOf(BAR, from);
        if (bar < 0 || bar >= to) return null;
        List<Cell> cells = new ArrayList<>();
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == BAR) {
                cells.add(trimmed(text, cellStart, i));
                cellStart = i + 1;
            }
        }
        boolean closed = cells.size() > 1 && cells.get(cells.size() - 1).isEmpty();
        if (closed) cells.remove(cells.size() - 1);
        if (closed && cells.size() > 1 && cells.get(0).isEmpty() && isBlank(text, from, bar)) cells.remove(0);
        return new PipeLine(from, to, List.copyOf(cells));
    }

    /** The cells that hold something. */
    int filled() {
        int n = 0;
        for (Cell c : cells) if (!c.isEmpty()) n++;
        return n;
    }

    static Cell trimmed(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Cell(s, e, text.substring(s, e));
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }
}
