package io.reportlens.engine.read;

import com.ibm.icu.text.Transliterator;
import io.reportlens.engine.SampleReport;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();

    private ReadDocument read(byte[] bytes, String contentType) throws UnreadableDocumentException {
        return reader.read(new SourceDocument(bytes, contentType, null));
    }

    private NormalizedText normalized(byte[] bytes) throws UnreadableDocumentException {
        return normalizer.normalize(read(bytes, null).text());
    }

    @Test
    void utf8TextWithoutDeclaredCharset() throws Exception {
        byte[] bytes = SampleReport.asScraped().getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes, null).charset()).isEqualTo("UTF-8");
        assertThat(normalized(bytes).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void aLatinCharsetDeclaredForChineseBytesIsNotTrusted() throws Exception {
        byte[] utf8 = SampleReport.asScraped().getBytes(StandardCharsets.UTF_8);
        assertThat(read(utf8, "text/plain; charset=ISO-8859-1").charset()).isEqualTo("UTF-8");
        byte[] gbk = SampleReport.asScraped().getBytes(Charset.forName("GBK"));
        assertThat(read(gbk, "text/html; charset=windows-1252").charset()).isEqualTo("GB18030");
    }

    @Test
    void gbkTextWithoutDeclaredCharset() throws Exception {
        byte[] bytes = SampleReport.asScraped().getBytes(Charset.forName("GBK"));
        assertThat(read(bytes, null).charset()).isEqualTo("GB18030");
        assertThat(normalized(bytes).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void big5TraditionalTextWithoutDeclaredCharset() throws Exception {
        // written with ICU's converter, independent of the one the normalizer uses
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(SampleReport.asScraped());
        assertThat(traditional).contains("衛生健康委員會");
        byte[] bytes = traditional.getBytes(Charset.forName("Big5"));
        assertThat(read(bytes, null).charset()).isEqualTo("Big5");
        NormalizedText n = normalized(bytes);
        assertThat(n.text()).isEqualTo(SampleReport.NORMALIZED);
        assertThat(n.script()).isEqualTo("traditional");
    }

    @Test
    void htmlPageKeepsTheArticleAndDropsThePortal() throws Exception {
        StringBuilder paragraphs = new StringBuilder();
        String[] lines = SampleReport.asScraped().split("\n");
        for (int i = 1; i < lines.length; i++) {
            paragraphs.append("<p>").append(lines[i]).append("</p>\n");
        }
        String html = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>" + SampleReport.TITLE + "_江宁区人民政府</title><script>var hits = '阅读次数';</script>"
                + "<style>p { margin: 0 }</style></head><body>"
                + "<header>江宁区人民政府 选择语言</header><nav><a href=\"/\">首页</a><a>政务公开</a><a>办事服务</a></nav>"
                + "<div class=\"main\"><div class=\"crumb\">您当前所在位置:首页 &gt; 政务公开</div>"
                + "<div class=\"article\"><h1>" + SampleReport.TITLE + "</h1>\n" + paragraphs + "</div>"
                + "<div class=\"share\">分享到:微信 微博</div></div>"
                + "<footer>版权所有:江宁区人民政府办公室 网站标识码:3201150001</footer></body></html>";
        ReadDocument doc = read(html.getBytes(Charset.forName("GBK")), null);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.title()).isEqualTo(SampleReport.TITLE + "_江宁区人民政府");
        assertThat(normalizer.normalize(doc.text()).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void htmlArticleIsFoundBesideALongListOfRelatedLinks() throws Exception {
        StringBuilder related = new StringBuilder("<div class=\"side\"><ul>");
        for (int i = 1; i <= 40; i++) {
            related.append("<li><a href=\"/a").append(i).append("\">关于开展第").append(i).append("批基层医疗卫生机构能力提升工作的通知</a></li>");
        }
        related.append("</ul></div>");
        StringBuilder paragraphs = new StringBuilder();
        for (String line : SampleReport.NORMALIZED.split("\n")) {
            paragraphs.append("<p>").append(line).append("</p>");
        }
        String html = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><div class=\"wrap\">" + related
                + "<div class=\"content\"><div class=\"TRS_Editor\">" + paragraphs + "</div></div></div></body></html>";
        ReadDocument doc = read(html.getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(normalizer.normalize(doc.text()).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void docxBuiltWithPoi() throws Exception {
        byte[] bytes = DocumentFixtures.docx(SampleReport.asScraped(), SampleReport.TITLE);
        ReadDocument doc = read(bytes, null);
        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.title()).isEqualTo(SampleReport.TITLE);
        assertThat(normalizer.normalize(doc.text()).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void pdfBuiltWithPdfBoxHasItsWrappedParagraphsMadeWhole() throws Exception {
        byte[] bytes = DocumentFixtures.pdf(SampleReport.NORMALIZED);
        ReadDocument doc = read(bytes, null);
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(normalizer.normalize(doc.text()).text()).isEqualTo(SampleReport.NORMALIZED);
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> read(new byte[0], null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty");
    }

    @Test
    void binaryDataIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(png, null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("binary");
    }

    @Test
    void corruptDocxIsRefused() throws Exception {
        byte[] docx = DocumentFixtures.docx(SampleReport.NORMALIZED, null);
        byte[] truncated = Arrays.copyOf(docx, docx.length / 3);
        assertThatThrownBy(() -> read(truncated, null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("DOCX");
    }

    @Test
    void corruptPdfIsRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read(pdf, null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("PDF");
    }

    @Test
    void zipBombIsRefusedWithoutInflatingIt() throws Exception {
        byte[] bomb = DocumentFixtures.zipBomb();
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> read(bomb, null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("DOCX")
                .hasMessageContaining("Zip bomb");
    }

    @Test
    void legacyWordIsRefusedWithAReason() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> read(doc, null)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(".doc");
    }

    @Test
    void aDocumentWithoutChineseTextIsRefused() throws Exception {
        assertThatThrownBy(() -> read("Annual report of the health bureau, 2023.".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no Chinese text");
        byte[] englishDocx = DocumentFixtures.docx("Annual report\nNothing in Chinese here.", null);
        assertThatThrownBy(() -> read(englishDocx, null)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no Chinese text");
    }
}
