package io.reportlens.engine.tables;

import io.reportlens.engine.normalize.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose cells a conversion joined with single spaces, one row per line
 * ({@code 序号 指标名称 单位 2023年 2025年} over {@code 1 人均预期寿命 岁 78.1 ≥79}). Only a line made
 * wholly of header words opens one, and a line belongs to it while its words fit the header: as
 * many as the columns, one fewer per merged category left out, or more when the extra words can
 * only be the last column's (a 牵头单位 naming two bodies). Its first line that does not fit ends it.
 */
final class SpacedTable {

    private static final int MIN_COLUMNS = 3;
    private static final int MAX_HEADER_LINE = 150;
    private static final String[] HEADER_KEYS = {"指标", "项目", "序号", "名称"};

    private SpacedTable() {
    }

    /** The table whose header is the line [from, to), with the lines after it that fit, or null. */
    static Table read(String text, int from, int to) {
        if (!mayBeHeader(text, from, to)) return null;
        List<Cell> header = words(text, from, to);
        if (header.size() < MIN_COLUMNS || !Header.isHeaderRow(header, header.size())) return null;
        List<Column> columns = Header.columns(List.of(header));
        if (columns == null) return null;
        TableBuilder table = new TableBuilder(columns, from, to);
        int lineStart = to + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            List<Cell> row = hasBar(text, lineStart, lineEnd) ? null : fitted(words(text, lineStart, lineEnd), columns, text);
            if (row == null) break;
            table.add(row, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return table.isEmpty() ? null : table.build();
    }

    /** A cheap look before the words are weighed: a short line with spaces and a key header word, no bar, no full stop. */
    private static boolean mayBeHeader(String text, int from, int to) {
        if (to - from > MAX_HEADER_LINE) return false;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '|') return false;
            space |= c == ' ';
        }
        if (!space) return false;
        for (int i = from; i < to; i++) {
            for (String key : HEADER_KEYS) if (text.startsWith(key, i)) return true;
        }
        return false;
    }

    /** The row's cells when its words fit the columns, else null. */
    private static List<Cell> fitted(List<Cell> words, List<Column> columns, String text) {
        int width = columns.size();
        int categories = 0;
        for (Column c : columns) if (c.role() == Column.Role.CATEGORY) categories++;
        List<Cell> cells = words;
        if (words.size() > width && columns.get(width - 1).role() == Column.Role.IGNORED) {
            cells = new ArrayList<>(words.subList(0, width - 1));
            Cell first = words.get(width - 1);
            Cell last = words.get(words.size() - 1);
            cells.add(new Cell(first.start(), last.end(), text.substring(first.start(), last.end())));
        }
        if (cells.size() > width || cells.size() < width - categories) return null;
        int shift = width - cells.size();
        boolean anyFigure = false;
        for (int k = 0; k < cells.size(); k++) {
            Column column = columns.get(Math.min(width - 1, k + (k >= firstCategory(columns) ? shift : 0)));
            String cell = cells.get(k).text();
            if (column.role() == Column.Role.SEQUENCE && !cell.chars().allMatch(Character::isDigit)) return null;
            if (column.role() == Column.Role.INDICATOR && !Chars.hasHan(cell)) return null;
            if (column.isValue() && cell.chars().anyMatch(Character::isDigit)) anyFigure = true;
        }
        return anyFigure ? cells : null;
    }

    private static boolean hasBar(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '|') return true;
        return false;
    }

    private static int firstCategory(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).role() == Column.Role.CATEGORY) return i;
        return columns.size();
    }

    private static List<Cell> words(String text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && text.charAt(i) == ' ') i++;
            int s = i;
            while (i < to && text.charAt(i) != ' ') i++;
            if (i > s) out.add(new Cell(s, i, text.substring(s, i)));
        }
        return out;
    }
}
