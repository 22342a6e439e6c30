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

    /**
     * The columns of these header rows, or null when they name no value column or no indicator
     * column. A lower row lies under the row above cell by cell, except a row of years alone that is
     * shorter than the row above (its cells merged over several rows were written once, above): its
     * years then spread under the value columns above, one each, the last value column taking the
     * rest (基期值 | 目标值 over 2020年 | 2025年 | 2030年).
     */
    static List<Column> columns(List<List<Cell>> rows) {
        List<Column> columns = new ArrayList<>();
        for (Cell c : rows.get(0)) columns.add(column(c));
        for (List<Cell> row : rows.subList(1, rows.size())) {
            List<Column> below = new ArrayList<>();
            for (Cell c : row) below.add(column(c));
            columns = isShortRowOfYears(below, columns.size()) ? spread(columns, below) : underneath(columns, below);
        }
        return settled(columns);
    }

    /** A flattened header: its trailing years are a second row when the cells before them name value columns without a year. */
    static List<List<Cell>> levels(List<Cell> cells) {
        int tail = cells.size();
        while (tail > 0 && isYear(column(cells.get(tail - 1)))) tail--;
        boolean valueWithoutYear = false;
        for (Cell c : cells.subList(0, tail)) {
            Column col = column(c);
            valueWithoutYear |= col != null && col.isValue() && col.year() == null;
        }
        if (tail == cells.size() || tail == 0 || !valueWithoutYear) return List.of(cells);
        return List.of(cells.subList(0, tail), cells.subList(tail, cells.size()));
    }

    private static boolean isYear(Column c) {
        return c != null && c.isValue() && c.stance() == Column.Stance.UNSTATED && c.year() != null;
    }

    private static boolean isShortRowOfYears(List<Column> below, int width) {
        if (below.size() >= width) return false;
        for (Column c : below) if (!isYear(c)) return false;
        return true;
    }

    private static List<Column> underneath(List<Column> above, List<Column> below) {
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < Math.max(above.size(), below.size()); c++) {
            Column a = c < above.size() ? above.get(c) : null;
            Column b = c < below.size() ? below.get(c) : null;
            out.add(b == null ? a : merge(a, b));
        }
        return out;
    }

    private static List<Column> spread(List<Column> above, List<Column> years) {
        int values = 0;
        for (Column c : above) if (isValue(c)) values++;
        if (values == 0 || years.size() < values) return underneath(above, years);
        List<Column> out = new ArrayList<>();
        int next = 0;
        int seen = 0;
        for (Column c : above) {
            if (!isValue(c)) {
                out.add(c);
                continue;
            }
            seen++;
            int take = seen < values ? 1 : years.size() - next;
            for (int k = 0; k < take; k++) out.add(merge(c, years.get(next++)));
        }
        return out;
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
