package io.reportlens.engine.tables;

import io.reportlens.engine.normalize.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * A table a scraper flattened to one cell per line, read back into rows: the header is the first
 * run of header words (at least three), which gives the number of columns; the cells after it are
 * cut into rows, at each row number when the header has a 序号 column (so a row that lacks a merged
 * cell still ends in the right place), else every so many cells.
 */
final class FlatTable {

    /** A flattened table's header has at least this many cells. */
    private static final int MIN_HEADER = 3;
    /** Cells of a group's title that may stand between two numbered rows ((二) / 合理膳食行动 / 结果性指标). */
    private static final int GROUP_TITLE_CELLS = 3;

    private FlatTable() {
    }

    /**
     * Adds the tables of the cells. {@code bare}: the cells are plain lines, not cells closed by a
     * bar, so without row numbers a row holding no figure ends the table (the prose after it).
     */
    static void read(List<Cell> cells, boolean bare, List<Table> tables) {
        int i = 0;
        while (i < cells.size()) {
            int j = i;
            while (j < cells.size() && Header.column(cells.get(j)) != null) j++;
            List<Column> columns = j - i >= MIN_HEADER ? Header.columns(Header.levels(cells.subList(i, j))) : null;
            if (columns == null) {
                i = j + 1;
                continue;
            }
            TableBuilder table = new TableBuilder(columns, cells.get(i).start(), cells.get(j - 1).end());
            int numbers = columns.indexOf(Column.of(Column.Role.SEQUENCE));
            i = numbers >= 0 ? numberedRows(cells, j, columns.size(), numbers, table) : fixedRows(cells, j, columns.size(), bare, table);
            TableFinder.add(table, tables);
        }
    }

    /**
     * Rows found by their numbers 1, 2, 3… in the 序号 column: a row runs from its number over the
     * columns after it; the next number is looked for where a full row (or one lacking a cell) ends,
     * a few cells later when group titles stand between the rows ((二) / 合理膳食行动), and only then
     * sooner (a row with its figures left out). Cells before a number, as many as there are columns
     * before the 序号 column, open its row (a merged category, written once in the first row of its
     * group); other cells left over (a group title, a 牵头单位 split over two cells) are dropped.
     * Returns where the table stops.
     */
    private static int numberedRows(List<Cell> cells, int from, int width, int numberColumn, TableBuilder table) {
        int tail = width - numberColumn;
        int anchor = find(cells, 1, from, from + numberColumn + GROUP_TITLE_CELLS);
        int lead = Math.max(from, anchor - numberColumn);
        int end = from + 1;
        for (int number = 1; anchor >= 0; number++) {
            int next = find(cells, number + 1, anchor + Math.max(2, tail - 1), anchor + tail + numberColumn + GROUP_TITLE_CELLS);
            if (next < 0) next = find(cells, number + 1, anchor + 2, anchor + tail - 2);
            int rowEnd = Math.min(next >= 0 ? next : cells.size(), anchor + tail);
            List<Cell> row = new ArrayList<>(cells.subList(lead, rowEnd));
            // a row with its last cells left out is filled up, so the builder lays its first cells out in place
            Cell last = cells.get(rowEnd - 1);
            for (int k = rowEnd; k < anchor + tail; k++) row.add(new Cell(last.end(), last.end(), ""));
            table.add(row, cells.get(lead).start(), last.end());
            end = rowEnd;
            lead = next < 0 ? rowEnd : Math.max(rowEnd, next - numberColumn);
            anchor = next;
        }
        return end;
    }

    /** Where row number {@code number} stands between cells {@code from} and {@code to} (inclusive), or -1. */
    private static int find(List<Cell> cells, int number, int from, int to) {
        for (int j = from; j < cells.size() && j <= to; j++) {
            if (isRowNumber(cells, j, number)) return j;
        }
        return -1;
    }

    private static boolean isRowNumber(List<Cell> cells, int i, int number) {
        return cells.get(i).text().equals(Integer.toString(number)) && i + 1 < cells.size() && Chars.hasHan(cells.get(i + 1).text());
    }

    private static int fixedRows(List<Cell> cells, int from, int width, boolean bare, TableBuilder table) {
        int i = from;
        for (; i + 1 < cells.size(); i += width) {
            int j = Math.min(cells.size(), i + width);
            if (Header.column(cells.get(i)) != null) break;
            if (bare && !anyDigit(cells.subList(i, j))) break;
            table.add(cells.subList(i, j), cells.get(i).start(), cells.get(j - 1).end());
        }
        return Math.max(i, from + 1);
    }

    private static boolean anyDigit(List<Cell> row) {
        for (Cell c : row) {
            for (int k = 0; k < c.text().length(); k++) if (Character.isDigit(c.text().charAt(k))) return true;
        }
        return false;
    }
}
