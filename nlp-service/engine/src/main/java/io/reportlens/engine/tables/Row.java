package io.reportlens.engine.tables;

import java.util.List;

/**
 * One data row of a table, its cells aligned to the table's columns ({@code cells.size()} is the
 * number of columns; a cell the row does not have is empty). A merged cell (a category spanning
 * several rows, written once or left empty in the rows below) is carried down into every row it
 * covers, so a carried cell's span lies in an earlier row.
 *
 * @param start where the row's own text starts
 * @param end   where it ends
 */
public record Row(int start, int end, List<Cell> cells) {

    public Cell cell(int column) {
        return cells.get(column);
    }

    /** A cell that is this row's own, not carried down from a merged cell above. */
    public boolean owns(Cell cell) {
        return cell.start() >= start && cell.end() <= end;
    }
}
