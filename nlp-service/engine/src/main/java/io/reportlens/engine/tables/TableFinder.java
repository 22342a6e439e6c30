package io.reportlens.engine.tables;

import io.reportlens.engine.normalize.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a normalized text. The readers write a table row as one line with its cells
 * separated by {@code |} (tab- and space-aligned columns are written so by the normalizer too);
 * a table a scraper flattened has one cell per line, each closed by {@code |}; a conversion may
 * also have joined a row's cells with single spaces ({@link SpacedTable}). All are read back into
 * rows under their header (see {@link Header}). Pipe rows under no recognizable header still
 * form a table without columns, for the reader of the figures to judge row by row.
 * Thread-safe.
 */
public final class TableFinder {

    /** A flattened table's header has at least this many cells. */
    private static final int MIN_FLAT_HEADER = 3;

    public List<Table> find(String text) {
        List<Table> tables = new ArrayList<>();
        List<PipeLine> run = new ArrayList<>();
        int bar = text.indexOf(PipeLine.BAR);
        int lineStart = bar < 0 ? text.length() : text.lastIndexOf('\n', bar) + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            PipeLine line = PipeLine.read(text, lineStart, lineEnd);
            if (line != null) {
                run.add(line);
                lineStart = lineEnd + 1;
                continue;
            }
            if (!run.isEmpty()) {
                read(run, tables);
                run = new ArrayList<>();
            }
            bar = text.indexOf(PipeLine.BAR, lineEnd);
            lineStart = bar < 0 ? text.length() : text.lastIndexOf('\n', bar) + 1;
        }
        if (!run.isEmpty()) read(run, tables);
        if (addSpaced(text, tables)) tables.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tables;
    }

    /** Adds the tables whose cells are parted by single spaces ({@link SpacedTable}); whether there were any. */
    private static boolean addSpaced(String text, List<Table> tables) {
        boolean any = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            Table spaced = SpacedTable.read(text, lineStart, lineEnd);
            if (spaced != null) {
                tables.add(spaced);
                any = true;
                lineEnd = spaced.end();
            }
            lineStart = lineEnd + 1;
        }
        return any;
    }

    private static void read(List<PipeLine> run, List<Table> tables) {
        boolean flattened = run.stream().allMatch(l -> l.cells().size() == 1);
        if (flattened) readFlattened(run, tables);
        else readRows(run, tables);
    }

    /** Consecutive pipe rows: a header starts a table, the rows below belong to it until the next header. */
    private static void readRows(List<PipeLine> run, List<Table> tables) {
        TableBuilder table = null;
        List<PipeLine> loose = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int headerRows = headerRowsAt(run, i);
            List<Column> columns = headerRows == 0 ? null : Header.columns(cellsOf(run.subList(i, i + headerRows)));
            if (columns != null) {
                add(table, tables);
                addLoose(loose, tables);
                table = new TableBuilder(columns, run.get(i).start(), run.get(i + headerRows - 1).end());
                i += headerRows;
                continue;
            }
            PipeLine line = run.get(i++);
            if (table != null) table.add(line.cells(), line.start(), line.end());
            else if (line.cells().size() >= 2) loose.add(line);
        }
        add(table, tables);
        addLoose(loose, tables);
    }

    /** How many rows from {@code i} on are header rows (the first naming at least two columns), or 0. */
    private static int headerRowsAt(List<PipeLine> run, int i) {
        if (!Header.isHeaderRow(run.get(i).cells(), 2)) return 0;
        int k = i + 1;
        while (k < run.size() && Header.isHeaderRow(run.get(k).cells(), 1)) k++;
        return k - i;
    }

    /**
     * One cell per line: the header is the first run of header words (at least three), which gives
     * the number of columns; the cells after it are cut into rows, at each row number when the
     * header has a 序号 column (so a row that lacks a merged cell still ends in the right place),
     * else every so many cells.
     */
    private static void readFlattened(List<PipeLine> run, List<Table> tables) {
        List<Cell> cells = new ArrayList<>(run.size());
        for (PipeLine l : run) cells.add(l.cells().get(0));
        int i = 0;
        while (i < cells.size()) {
            int j = i;
            while (j < cells.size() && Header.column(cells.get(j)) != null) j++;
            List<Column> columns = j - i >= MIN_FLAT_HEADER ? Header.columns(Header.levels(cells.subList(i, j))) : null;
            if (columns == null) {
                i = j + 1;
                continue;
            }
            TableBuilder table = new TableBuilder(columns, cells.get(i).start(), cells.get(j - 1).end());
            int numbers = columns.indexOf(Column.of(Column.Role.SEQUENCE));
            i = numbers >= 0 ? numberedRows(cells, j, columns.size(), numbers, table) : fixedRows(cells, j, columns.size(), table);
            add(table, tables);
        }
    }

    /**
     * Rows found by their numbers 1, 2, 3… in the 序号 column: a row runs from its number over the
     * columns after it (it may lack one cell); cells left before the next number open the next row
     * when columns stand before the number (a merged category, written once in the first row of its
     * group), as do cells before the first number; other cells left over (a 牵头单位 split over two
     * cells) are dropped. Returns where the table stops.
     */
    private static int numberedRows(List<Cell> cells, int from, int width, int numberColumn, TableBuilder table) {
        int tail = width - numberColumn;
        int minTail = Math.max(2, tail - 1);
        int anchor = -1;
        for (int k = from; k < cells.size() && k <= from + numberColumn && anchor < 0; k++) {
            if (isRowNumber(cells, k, 1)) anchor = k;
        }
        int lead = from;
        int end = from + 1;
        for (int number = 1; anchor >= 0; number++) {
            int next = -1;
            for (int j = anchor + minTail; j < cells.size() && j <= anchor + tail + numberColumn && next < 0; j++) {
                if (isRowNumber(cells, j, number + 1)) next = j;
            }
            int rowEnd = Math.min(next >= 0 ? next : cells.size(), anchor + tail);
            List<Cell> row = new ArrayList<>(cells.subList(lead, rowEnd));
            table.add(row, cells.get(lead).start(), cells.get(rowEnd - 1).end());
            end = rowEnd;
            lead = next < 0 ? rowEnd : Math.max(rowEnd, next - numberColumn);
            anchor = next;
        }
        return end;
    }

    private static boolean isRowNumber(List<Cell> cells, int i, int number) {
        return cells.get(i).text().equals(Integer.toString(number)) && i + 1 < cells.size() && Chars.hasHan(cells.get(i + 1).text());
    }

    private static int fixedRows(List<Cell> cells, int from, int width, TableBuilder table) {
        int i = from;
        for (; i + 1 < cells.size(); i += width) {
            int j = Math.min(cells.size(), i + width);
            if (Header.column(cells.get(i)) != null) break;
            table.add(cells.subList(i, j), cells.get(i).start(), cells.get(j - 1).end());
        }
        return Math.max(i, from + 1);
    }

    private static List<List<Cell>> cellsOf(List<PipeLine> lines) {
        List<List<Cell>> out = new ArrayList<>(lines.size());
        for (PipeLine l : lines) out.add(l.cells());
        return out;
    }

    private static void add(TableBuilder table, List<Table> tables) {
        if (table != null && !table.isEmpty()) tables.add(table.build());
    }

    private static void addLoose(List<PipeLine> loose, List<Table> tables) {
        if (loose.isEmpty()) return;
        List<Row> rows = new ArrayList<>(loose.size());
        for (PipeLine l : loose) rows.add(new Row(l.start(), l.end(), l.cells()));
        tables.add(new Table(loose.get(0).start(), loose.get(loose.size() - 1).end(), List.of(), List.copyOf(rows)));
        loose.clear();
    }
}
