package io.reportlens.engine.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's header: one or more rows of header words (a first row 指标 | 单位 | 目标值 | 目标值 over a
 * second | | 2025年 | 2027年 makes two target columns, one per year). It names at least one value
 * column and one indicator column; when no cell says 指标, the column with no header word over it
 * (a blank corner) or else the last category column holds the indicators.
 */
final class Header {

    private Header() {
    }

    /** The column a header cell names, or null: an empty cell, or any text that is no header word. */
    static Column column(Cell cell) {
        return cell.isEmpty() ? null : HeaderWords.classify(cell.text());
    }

    /** Whether every filled cell of a row is a header word (and at least {@code minFilled} are filled). */
    static boolean isHeaderRow(List<Cell> cells, int minFilled) {
        int filled = 0;
        for (Cell c : cells) {
            if (c.isEmpty()) continue;
            if (column(c) == null) return false;
            filled++;
        }
        return filled >= minFilled;
    }

    /** The columns of these header rows, or null when they name no value column or no indicator column. */
    static List<Column> columns(List<List<Cell>> rows) {
        int n = 0;
        for (List<Cell> r : rows) n = Math.max(n, r.size());
        List<Column> columns = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            Column merged = null;
            for (List<Cell> r : rows) {
                Column part = c < r.size() ? column(r.get(c)) : null;
                if (part != null) merged = merge(merged, part);
            }
            columns.add(merged);
        }
        return settled(columns);
    }

    private static Column merge(Column above, Column below) {
        if (above == null) return below;
        if (!above.isValue() && !below.isValue()) return below;
        Column value = above.isValue() ? above : below;
        Column other = above.isValue() ? below : above;
        if (!other.isValue()) return value;
        Column.Stance stance = above.stance() != Column.Stance.UNSTATED ? above.stance() : below.stance();
        return new Column(Column.Role.VALUE, stance,
                above.year() != null ? above.year() : below.year(),
                above.unit() != null ? above.unit() : below.unit());
    }

    private static boolean isValue(Column c) {
        return c != null && c.isValue();
    }

    /** One indicator column (the last one named; earlier ones group rows), blanks ignored, a value column. */
    private static List<Column> settled(List<Column> columns) {
        int indicator = -1;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col != null && col.role() == Column.Role.INDICATOR) {
                if (indicator >= 0) columns.set(indicator, Column.of(Column.Role.CATEGORY));
                indicator = c;
            }
        }
        int blank = -1;
        int lastCategory = -1;
        for (int c = 0; c < columns.size() && !isValue(columns.get(c)); c++) {
            Column col = columns.get(c);
            if (col == null && blank < 0) blank = c;
            if (col != null && col.role() == Column.Role.CATEGORY) lastCategory = c;
        }
        if (indicator < 0) indicator = blank >= 0 ? blank : lastCategory;
        if (indicator < 0) return null;
        columns.set(indicator, Column.of(Column.Role.INDICATOR));
        boolean anyValue = false;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == null) columns.set(c, Column.of(Column.Role.IGNORED));
            anyValue |= columns.get(c).isValue();
        }
        return anyValue ? List.copyOf(columns) : null;
    }
}
