package io.reportlens.engine.tables;

import java.util.List;

/**
 * A table found in the normalized text. A table whose header was recognized has one column per
 * header cell; rows found without such a header (a lone {@code 孕产妇死亡率 | 1/10万 | <7}) form a
 * table with no columns, to be read cell by cell.
 *
 * @param start the table's first character (its header's, when it has one)
 * @param end   the end of its last row
 */
public record Table(int start, int end, List<Column> columns, List<Row> rows) {

    public boolean hasHeader() {
        return !columns.isEmpty();
    }

    /** The first column with this role, or -1. */
    public int columnOf(Column.Role role) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).role() == role) return i;
        return -1;
    }
}
