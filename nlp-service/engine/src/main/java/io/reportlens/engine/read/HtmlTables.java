package io.reportlens.engine.read;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTML data table as pipe rows, one line per {@code <tr>}: {@code 人均预期寿命 | 岁 | 78.1 | 79}.
 * A cell spanning rows (a category such as 健康水平) is repeated in every row it spans and one
 * spanning columns in every column, so each row stands whole under the header; a cell spanning the
 * whole row (a group's title, a note) is written once, as {@code 一、健康水平 |}. A table used for
 * page layout (one holding another table, or the article itself in a cell) is no data table.
 */
final class HtmlTables {

    private static final int MAX_SPAN = 100;
    private static final int MAX_DATA_CELL = 600;

    private record Pending(String text, int rowsLeft) {
    }

    private HtmlTables() {
    }

    static boolean isDataTable(Element table) {
        if (!table.select("table table").isEmpty()) return false;
        boolean wide = false;
        for (Element row : rows(table)) {
            List<Element> cells = cells(row);
            wide |= cells.size() >= 2;
            for (Element cell : cells) if (cell.text().length() > MAX_DATA_CELL) return false;
        }
        return wide;
    }

    /** The table's rows, one line each, with a line break after every row. */
    static String pipeRows(Element table) {
        StringBuilder out = new StringBuilder();
        Map<Integer, Pending> spanning = new HashMap<>();
        for (Element row : rows(table)) {
            List<Element> cells = cells(row);
            List<String> line = new ArrayList<>();
            int column = 0;
            for (Element cell : cells) {
                column = carried(spanning, line, column);
                String text = text(cell);
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                for (int k = 0; k < colspan; k++) {
                    line.add(text);
                    if (rowspan > 1) spanning.put(column + k, new Pending(text, rowspan - 1));
                }
                column += colspan;
            }
            carried(spanning, line, column);
            if (line.stream().allMatch(String::isEmpty)) continue;
            if (cells.size() == 1 && span(cells.get(0), "colspan") > 1 && line.stream().distinct().count() == 1) {
                out.append(line.get(0)).append(" |\n");
            } else {
                out.append(String.join(" | ", line)).append('\n');
            }
        }
        return out.toString();
    }

    /** Adds the cells that spanning cells above carry into this row from {@code column} on; returns the next free column. */
    private static int carried(Map<Integer, Pending> spanning, List<String> line, int column) {
        int c = column;
        Pending p;
        while ((p = spanning.get(c)) != null) {
            line.add(p.text());
            if (p.rowsLeft() <= 1) spanning.remove(c);
            else spanning.put(c, new Pending(p.text(), p.rowsLeft() - 1));
            c++;
        }
        return c;
    }

    private static List<Element> rows(Element table) {
        return table.select("tr");
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) if (child.normalName().equals("td") || child.normalName().equals("th")) cells.add(child);
        return cells;
    }

    /** The cell's text on one line; a bar in it would split the cell, so it becomes a slash. */
    private static String text(Element cell) {
        return cell.text().replace('|', '/').replace('｜', '/').strip();
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
