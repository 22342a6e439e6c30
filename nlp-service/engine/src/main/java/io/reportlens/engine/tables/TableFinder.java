package io.reportlens.engine.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a normalized text. The readers write a table row as one line with its cells
 * separated by {@code |} (tab- and space-aligned columns are written so by the normalizer too);
 * a table a scraper flattened has one cell per line, each closed by {@code |} or bare
 * ({@link FlatTable}, {@link CellLines}); a conversion may also have joined a row's cells with single
 * spaces ({@link SpacedTable}). All are read back into
 * rows under their header (see {@link Header}). Pipe rows under no recognizable header still
 * form a table without columns, for the reader of the figures to judge row by row.
 * Thread-safe.
 */
public final class TableFinder {

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
        int piped = tables.size();
        addSpaced(text, tables);
        CellLines.add(text, tables);
        if (tables.size() > piped) tables.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tables;
    }

    /** Adds the tables whose cells are parted by single spaces ({@link SpacedTable}). */
    private static void addSpaced(String text, List<Table> tables) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            Table spaced = SpacedTable.read(text, lineStart, lineEnd);
            if (spaced != null) {
                tables.add(spaced);
                lineEnd = spaced.end();
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void read(List<PipeLine> run, List<Table> tables) {
        boolean flattened = run.stream().allMatch(l -> l.cells().size() == 1);
        if (!flattened) {
            readRows(run, tables);
            return;
        }
        List<Cell> cells = new ArrayList<>(run.size());
        for (PipeLine l : run) cells.add(l.cells().get(0));
        FlatTable.read(cells, false, tables);
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

    private static List<List<Cell>> cellsOf(List<PipeLine> lines) {
        List<List<Cell>> out = new ArrayList<>(lines.size());
        for (PipeLine l : lines) out.add(l.cells());
        return out;
    }

    static void add(TableBuilder table, List<Table> tables) {
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
