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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
