package io.reportlens.engine.read;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds documents in every format the reader takes, with the document libraries, at test time;
 * ingest-service's tests use them too, through this module's test jar.
 */
public final class DocumentFixtures {

    private static final int PDF_LINE_CHARS = 30;
    private static final int LINES_PER_PAGE = 50;
    /** The white space between two cells of a PDF table: three ems of the 12 pt font. */
    private static final int COLUMN_GAP_POINTS = 36;

    private DocumentFixtures() {
    }

    public static byte[] docx(String text, String title) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A cell of {@link #docx(String, String[][], String)} that continues the merged cell above it. */
    public static final String MERGED_UP = "^";
    /** A cell of {@link #docx(String, String[][], String)} that widens the cell to its left. */
    public static final String MERGED_LEFT = "<";

    /**
     * A Word document: paragraphs, a table, paragraphs. A cell written {@link #MERGED_UP} is merged
     * with the one above (w:vMerge), {@link #MERGED_LEFT} with the one to its left (w:gridSpan), as
     * Word writes merged cells.
     */
    public static byte[] docx(String before, String[][] table, String after) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : before.split("\n")) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            XWPFTable t = doc.createTable();
            for (int r = 0; r < table.length; r++) {
                XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
                while (row.getTableCells().size() > 0) {
                    row.removeCell(0);
                }
                XWPFTableCell previous = null;
                for (int c = 0; c < table[r].length; c++) {
                    String text = table[r][c];
                    if (text.equals(MERGED_LEFT) && previous != null) {
                        CTTcPr props = previous.getCTTc().isSetTcPr() ? previous.getCTTc().getTcPr() : previous.getCTTc().addNewTcPr();
                        int span = props.isSetGridSpan() ? props.getGridSpan().getVal().intValue() : 1;
                        (props.isSetGridSpan() ? props.getGridSpan() : props.addNewGridSpan()).setVal(BigInteger.valueOf(span + 1));
                        continue;
                    }
                    XWPFTableCell cell = row.addNewTableCell();
                    if (text.equals(MERGED_UP)) {
                        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    } else {
                        cell.setText(text);
                        if (r + 1 < table.length && c < table[r + 1].length && table[r + 1][c].equals(MERGED_UP)) {
                            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        }
                    }
                    previous = cell;
                }
            }
            for (String paragraph : after.split("\n")) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF of one table, each cell set at its column's position as a PDF lays a table out (the
     * text extractor sees words far apart on a line, nothing more), after a paragraph of text.
     */
    public static byte[] pdfTable(String paragraph, String[][] table) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), songFont());
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            StringBuilder content = new StringBuilder("BT /F1 12 Tf\n");
            int y = 800;
            content.append("1 0 0 1 40 ").append(y).append(" Tm ").append(hex(paragraph)).append(" Tj\n");
            for (String[] row : table) {
                y -= 20;
                int x = 40;
                for (String cell : row) {
                    content.append("1 0 0 1 ").append(x).append(' ').append(y).append(" Tm ").append(hex(cell)).append(" Tj\n");
                    x += cell.length() * 12 + COLUMN_GAP_POINTS;
                }
            }
            content.append("ET\n");
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(resources);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String hex(String text) {
        return "<" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16BE)) + ">";
    }

    /**
     * A PDF whose paragraphs are wrapped at a fixed width, as a PDF's are. No font with Chinese
     * glyphs can be counted on at test time (this machine has none), so the text is set in Adobe's
     * standard Chinese font STSong-Light, referred to and not embedded, as PDF allows for the
     * Adobe-GB1 collection: the codes are UTF-16 through the predefined CMap UniGB-UTF16-H, which
     * PDFBox (like every reader) maps back to Unicode with its bundled CMaps.
     */
    public static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), songFont());
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            StringBuilder page = new StringBuilder();
            int lines = 0;
            for (String paragraph : text.split("\n")) {
                for (int i = 0; i < paragraph.length(); i += PDF_LINE_CHARS) {
                    String line = paragraph.substring(i, Math.min(paragraph.length(), i + PDF_LINE_CHARS));
                    page.append('<').append(HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE))).append("> Tj T*\n");
                    if (++lines % LINES_PER_PAGE == 0) {
                        addPage(doc, resources, page);
                        page.setLength(0);
                    }
                }
            }
            if (!page.isEmpty()) {
                addPage(doc, resources, page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void addPage(PDDocument doc, PDResources resources, CharSequence lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        String content = "BT /F1 12 Tf 14 TL 40 800 Td\n" + lines + "ET\n";
        page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
        doc.addPage(page);
    }

    private static COSDictionary songFont() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
        font.setName(COSName.ENCODING, "UniGB-UTF16-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    /** A zip whose one entry inflates a thousandfold: what a zip bomb does. */
    public static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 32; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
