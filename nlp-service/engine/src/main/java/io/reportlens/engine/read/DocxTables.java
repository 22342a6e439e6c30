package io.reportlens.engine.read;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word table as pipe rows, one line per row, as {@link HtmlTables} writes an HTML one: a cell
 * merged down (w:vMerge) repeats the text of the cell it continues, a cell merged across
 * (w:gridSpan) stands in every grid column it covers, and a row of one cell spanning the table is
 * written once, as {@code 一、健康水平 |}.
 */
final class DocxTables {

    private static final int MAX_SPAN = 100;

    private DocxTables() {
    }

    static String pipeRows(XWPFTable table) {
        StringBuilder out = new StringBuilder();
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> line = new ArrayList<>();
            List<XWPFTableCell> cells = row.getTableCells();
            int column = 0;
            for (XWPFTableCell cell : cells) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = gridSpan(properties);
                String text = continuesAbove(properties) ? above.getOrDefault(column, "") : text(cell);
                for (int k = 0; k < span; k++) {
                    line.add(text);
                    above.put(column + k, text);
                }
                column += span;
            }
            if (line.stream().allMatch(String::isEmpty)) continue;
            if (cells.size() == 1 && line.size() > 1) out.append(line.get(0)).append(" |\n");
            else out.append(String.join(" | ", line)).append('\n');
        }
        return out.toString();
    }

    private static int gridSpan(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan()) return 1;
        return Math.max(1, Math.min(MAX_SPAN, properties.getGridSpan().getVal().intValue()));
    }

    /** w:vMerge without a value, or with "continue": the cell goes on from the one above. */
    private static boolean continuesAbove(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) return false;
        STMerge.Enum merge = properties.getVMerge().getVal();
        return merge == null || merge == STMerge.CONTINUE;
    }

    /** The cell's paragraphs on one line; a bar in it would split the cell, so it becomes a slash. */
    private static String text(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText().strip();
            if (!t.isEmpty()) parts.add(t);
        }
        return String.join(" ", parts).replace('|', '/').replace('｜', '/');
    }
}
