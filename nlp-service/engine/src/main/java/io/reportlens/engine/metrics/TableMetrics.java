package io.reportlens.engine.metrics;

import io.reportlens.engine.frame.Orientation;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.normalize.Chars;
import io.reportlens.engine.tables.Cell;
import io.reportlens.engine.tables.Column;
import io.reportlens.engine.tables.Row;
import io.reportlens.engine.tables.Table;
import io.reportlens.engine.tables.TableFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spec §3 for indicator tables: every cell of a value column that holds a number is a metric of the
 * row's indicator, in the unit its cell, its row's 单位 cell, its column's header or the indicator's
 * brackets give, for the column's year. A 现状 / 基期 / 完成 column holds actuals, a 目标 / 预期 /
 * 指标值 column targets, a 同比增长 column changes; a bare year column is actual up to the report's year in a review, while a
 * plan's table holds one status column (its earliest year, when that is before the plan's year) and
 * goals. A metric's text runs from the row's indicator cell to the figure. Rows outside any
 * recognized header ({@code 孕产妇死亡率 | 1/10万 | <7}) count only when every other cell is a unit, a
 * figure or a cell without digits. The tables read are handed back so their text is not read as
 * prose a second time.
 */
final class TableMetrics {

    /** What the tables of a text gave, and the spans they cover. */
    record Read(List<Metric> metrics, int[][] covered) {

        boolean covers(int pos) {
            int lo = 0;
            int hi = covered.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (covered[mid][1] <= pos) lo = mid + 1;
                else if (covered[mid][0] > pos) hi = mid - 1;
                else return true;
            }
            return false;
        }
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\(?\\d{1,2}\\)|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)");
    private static final Pattern BRACKETED_END = Pattern.compile("\\(([^()]{1,10})\\)$");
    private static final int MAX_LOOSE_INDICATOR = 40;

    private final TableFinder finder = new TableFinder();
    private final IndicatorCatalog catalog;

    TableMetrics(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    Read read(String reportKey, String text, ReportFrame frame) {
        Integer periodYear = frame.report().periodYear();
        List<Metric> metrics = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        for (Table table : finder.find(text)) {
            if (table.hasHeader()) {
                readHeaded(reportKey, text, table, frame, periodYear, metrics);
                covered.add(new int[]{table.start(), table.end()});
            } else {
                for (Row row : table.rows()) {
                    if (readLoose(reportKey, text, row, frame, metrics)) covered.add(new int[]{row.start(), row.end()});
                }
            }
        }
        covered.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new Read(metrics, covered.toArray(new int[0][]));
    }

    private void readHeaded(String reportKey, String text, Table table, ReportFrame frame, Integer periodYear, List<Metric> out) {
        int indicatorColumn = table.columnOf(Column.Role.INDICATOR);
        int unitColumn = table.columnOf(Column.Role.UNIT);
        YearColumns years = YearColumns.of(table.columns());
        for (Row row : table.rows()) {
            Cell indicatorCell = row.cell(indicatorColumn);
            if (indicatorCell.isEmpty()) continue;
            Named named = named(indicatorCell.text());
            CellUnit rowUnit = unitColumn < 0 || row.cell(unitColumn).isEmpty() ? null : CellUnit.read(row.cell(unitColumn).text());
            int start = row.owns(indicatorCell) ? indicatorCell.start() : row.start();
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                Cell cell = row.cell(c);
                if (!column.isValue() || cell.isEmpty() || !row.owns(cell)) continue;
                CellValue v = CellValue.read(text, cell);
                if (v == null) continue;
                CellUnit columnUnit = column.unit() == null ? null : CellUnit.read(column.unit());
                CellUnit unit = firstOf(columnUnit, rowUnit, named.unit(), catalogUnit(named.name()));
                String kind = kindOf(column, years, periodYear, frame.partOrientationAt(cell.start()) == Orientation.FORWARD, v.sign());
                Integer year = column.year() != null ? column.year()
                        : column.stance() == Column.Stance.ACTUAL && frame.partOrientationAt(cell.start()) == Orientation.FORWARD ? null : frame.yearAt(cell.start(), cell.start());
                out.add(metric(reportKey, text, named.name() + v.words(), v, unit, kind, year, start));
            }
        }
    }

    /** A row under no header: an indicator, perhaps a unit, then figures; false when it reads as no such row. */
    private boolean readLoose(String reportKey, String text, Row row, ReportFrame frame, List<Metric> out) {
        List<Cell> cells = row.cells();
        Cell first = cells.get(0);
        if (!isIndicator(text, first)) return false;
        Named named = named(first.text());
        CellUnit rowUnit = null;
        List<Metric> found = new ArrayList<>();
        for (int k = 1; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            if (cell.isEmpty()) continue;
            CellUnit written = k == 1 ? CellUnit.read(cell.text()) : null;
            if (written != null) {
                rowUnit = written;
                continue;
            }
            CellValue v = CellValue.read(text, cell);
            if (v == null || !(v.alone() || v.sign() != 0)) {
                if (Chars.hasDigit(cell.text())) return false;
                continue;
            }
            CellUnit unit = firstOf(rowUnit, named.unit(), catalogUnit(named.name()));
            if (v.unit() == null && unit == null) return false;
            boolean forward = frame.partOrientationAt(cell.start()) == Orientation.FORWARD;
            String kind = v.sign() != 0 && !forward ? KindClassifier.CHANGE : forward ? KindClassifier.TARGET : KindClassifier.ACTUAL;
            found.add(metric(reportKey, text, named.name() + v.words(), v, unit, kind, frame.yearAt(cell.start(), cell.start()), first.start()));
        }
        out.addAll(found);
        return !found.isEmpty();
    }

    private Metric metric(String reportKey, String text, String indicator, CellValue v, CellUnit unit, String kind,
                          Integer year, int start) {
        String unitName = v.unit() != null ? v.unit() : unit != null ? unit.unit() : "";
        double multiplier = v.unit() == null && unit != null ? unit.multiplier() : 1;
        double sign = v.sign() < 0 ? -1 : 1;
        Double high = v.high() == null ? null : v.high() * multiplier * sign;
        return new Metric(Ids.of("m", reportKey, start, v.end()), indicator, catalog.idOf(indicator),
                v.value() * multiplier * sign, high, unitName, text.substring(v.rawStart(), v.end()), v.comparator(), kind,
                year, null, null, text.substring(start, v.end()), start, v.end());
    }

    /**
     * actual or target (change for a change in an actual column) by the column's header: its stance,
     * else its year against the report's (see the class comment).
     */
    private static String kindOf(Column column, YearColumns years, Integer periodYear, boolean forward, int sign) {
        boolean actual = switch (column.stance()) {
            case ACTUAL, CHANGE -> true;
            case TARGET -> false;
            case UNSTATED -> years.isActual(column.year(), periodYear, forward);
        };
        if (!actual) return KindClassifier.TARGET;
        return sign != 0 || column.stance() == Column.Stance.CHANGE ? KindClassifier.CHANGE : KindClassifier.ACTUAL;
    }

    /** The bare years of a table's value columns. */
    private record YearColumns(int[] years) {

        static YearColumns of(List<Column> columns) {
            return new YearColumns(columns.stream()
                    .filter(c -> c.isValue() && c.stance() == Column.Stance.UNSTATED && c.year() != null)
                    .mapToInt(Column::year).sorted().toArray());
        }

        boolean isActual(Integer year, Integer periodYear, boolean forward) {
            if (year == null) return !forward;
            if (!forward) return periodYear == null || year <= periodYear;
            if (years.length >= 2) return year == years[0] && year < years[years.length - 1] && (periodYear == null || year < periodYear);
            return periodYear != null && year < periodYear;
        }
    }

    /** An indicator cell's name without a list marker, and the unit it writes in brackets at its end. */
    private record Named(String name, CellUnit unit) {
    }

    private static Named named(String cell) {
        String name = LIST_MARKER.matcher(cell).replaceFirst("").strip();
        Matcher b = BRACKETED_END.matcher(name);
        if (b.find()) {
            CellUnit unit = CellUnit.read(b.group(1));
            if (unit != null) return new Named(name.substring(0, b.start()).strip(), unit);
        }
        return new Named(name, null);
    }

    private CellUnit catalogUnit(String indicator) {
        String unit = catalog.unitOf(catalog.idOf(indicator));
        return unit == null ? null : new CellUnit(unit, 1);
    }

    private static boolean isIndicator(String text, Cell cell) {
        String s = cell.text();
        if (s.isEmpty() || s.length() > MAX_LOOSE_INDICATOR || s.endsWith(":") || !Chars.hasHan(s)) return false;
        CellValue v = CellValue.read(text, cell);
        return v == null || !v.alone();
    }

    private static CellUnit firstOf(CellUnit... units) {
        return Arrays.stream(units).filter(u -> u != null).findFirst().orElse(null);
    }
}
