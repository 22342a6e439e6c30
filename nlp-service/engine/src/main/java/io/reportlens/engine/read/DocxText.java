package io.reportlens.engine.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;

/** The paragraphs and table rows of a Word document, in body order, one per line; a row's cells separated by | ({@link DocxTables}). */
final class DocxText {

    /** Bounds on what a zip entry may inflate to, against zip bombs. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    record Content(String text, String title) {
    }

    private DocxText() {
    }

    static Content extract(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    out.append(DocxTables.pipeRows(t));
                }
            }
            String title = doc.getProperties().getCoreProperties().getTitle();
            return new Content(out.toString(), title == null || title.isBlank() ? null : title.strip());
        }
    }
}
