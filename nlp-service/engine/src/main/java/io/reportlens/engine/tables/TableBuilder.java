package io.reportlens.engine.tables;

import io.reportlens.engine.normalize.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the rows of one table out under its header's columns. A row written with fewer cells than
 * the header lacks its merged category cells (written once, in the first row of the group), so the
 * missing cells are the leading category columns; a category or indicator cell left empty is the
 * merged cell above it. Either way the cell above is carried down. A row holding a single filled
 * cell in a table of three or more columns is a group's title (一、健康水平): it becomes the category
 * of the rows below it.
 */
final class TableBuilder {

    private final List<Column> columns;
    private final int start;
    private final List<Row> rows = new ArrayList<>();
    private final Cell[] carried;
    private int end;

    TableBuilder(List<Column> columns, int start, int end) {
        this.columns = columns;
        this.start = start;
        this.end = end;
        this.carried = new Cell[columns.size()];
    }

    void add(List<Cell> cells, int rowStart, int rowEnd) {
        end = rowEnd;
        int filled = 0;
        Cell only = null;
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                filled++;
                only = c;
            }
        }
        if (filled == 0) return;
        if (filled == 1 && columns.size() >= 3 && only == cells.get(0) && Chars.hasHan(only.text())) {
            int category = categoryColumn();
            if (category >= 0) carried[category] = only;
            return;
        }
        List<Cell> aligned = aligned(cells, rowStart, rowEnd);
        for (int c = 0; c < aligned.size(); c++) {
            Column.Role role = columns.get(c).role();
            if (role != Column.Role.CATEGORY && role != Column.Role.INDICATOR) continue;
            if (aligned.get(c).isEmpty() && carried[c] != null) aligned.set(c, carried[c]);
            else if (!aligned.get(c).isEmpty()) carried[c] = aligned.get(c);
        }
        rows.add(new Row(rowStart, rowEnd, List.copyOf(aligned)));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Table build() {
        return new Table(start, end, columns, List.copyOf(rows));
    }

    private List<Cell> aligned(List<Cell> cells, int rowStart, int rowEnd) {
        int n = columns.size();
        List<Cell> out = new ArrayList<>(cells.subList(0, Math.min(n, cells.size())));
        int missing = n - out.size();
        for (int c = 0; c < n && missing > 0 && missing <= categoryCount(); c++) {
            if (columns.get(c).role() == Column.Role.CATEGORY) {
                out.add(c, new Cell(rowStart, rowStart, ""));
                missing--;
            }
        }
        while (out.size() < n) out.add(new Cell(rowEnd, rowEnd, ""));
        return out;
    }

    private int categoryColumn() {
        return indexOf(Column.Role.CATEGORY);
    }

    private int categoryCount() {
        int k = 0;
        for (Column c : columns) if (c.role() == Column.Role.CATEGORY) k++;
        return k;
    }

    private int indexOf(Column.Role role) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).role() == role) return i;
        return -1;
    }
}
