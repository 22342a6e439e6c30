package io.reportlens.engine.tables;

import io.reportlens.engine.normalize.FlattenedCells;

import java.util.ArrayList;
import java.util.List;

/**
 * A table a scraper flattened to one cell per line without any bar ({@code 序号} / {@code 指标} /
 * {@code 单位} / {@code 2025年目标值} on lines of their own, then {@code 1} / {@code 人均预期寿命} /
 * {@code 岁} / {@code ≥80}…). Only a run of at least three lines that are each a header word opens
 * one; the short lines after it are its cells, a note under a row (说明:…) is passed over, and the
 * first longer line (prose again) ends the run. The cells are then read as any flattened table
 * ({@link FlatTable}).
 */
final class CellLines {

    private static final int MIN_HEADER_LINES = 3;
    /** A header word on a line of its own is short (2030年目标值, 指标名称(单位)). */
    private static final int MAX_HEADER_LINE = 16;

    private CellLines() {
    }

    /** Adds the tables of bare cell lines in the text. */
    static void add(String text, List<Table> tables) {
        int headerLines = 0;
        int headerStart = -1;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (isHeaderLine(text, lineStart, lineEnd)) {
                if (headerLines++ == 0) headerStart = lineStart;
            } else {
                if (headerLines >= MIN_HEADER_LINES) {
                    lineEnd = read(text, headerStart, tables);
                }
                headerLines = 0;
            }
            lineStart = lineEnd + 1;
        }
        if (headerLines >= MIN_HEADER_LINES) read(text, headerStart, tables);
    }

    /** Reads the run of cell lines from the header at {@code from}; returns where the run ends. */
    private static int read(String text, int from, List<Table> tables) {
        List<Cell> cells = new ArrayList<>();
        int lineStart = from;
        int runEnd = from;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            Cell cell = PipeLine.trimmed(text, lineStart, lineEnd);
            if (FlattenedCells.isCell(cell.text())) cells.add(cell);
            else if (!FlattenedCells.isNote(cell.text())) break;
            runEnd = lineEnd;
            lineStart = lineEnd + 1;
        }
        FlatTable.read(cells, true, tables);
        return runEnd;
    }

    private static boolean isHeaderLine(String text, int from, int to) {
        if (to - from > MAX_HEADER_LINE || to == from) return false;
        Cell cell = PipeLine.trimmed(text, from, to);
        return !cell.isEmpty() && cell.text().indexOf('|') < 0 && Header.column(cell) != null;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
