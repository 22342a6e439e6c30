package io.reportlens.ingest.service;

import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.model.AcceptedDocument;
import io.reportlens.ingest.model.Upload;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCheckerTest {

    static final ExecutorService READERS = Executors.newCachedThreadPool();
    static final UploadChecker CHECKER = new UploadChecker(
            new UploadChecker.Limits(2 * 1024 * 1024, 1024 * 1024, 50L * 1024 * 1024, 100, Duration.ofSeconds(5), 5), READERS);

    @AfterAll
    static void stop() {
        READERS.shutdownNow();
    }

    private static Upload text(String text, String contentType) {
        return new Upload(text.getBytes(StandardCharsets.UTF_8), contentType, null, null, null, null);
    }

    @Test
    void plainTextIsAcceptedWithTheHashOfItsNormalizedText() {
        String report = Fixtures.report("a");
        AcceptedDocument doc = CHECKER.check(text(report, "text/plain; charset=UTF-8"));
        assertThat(doc.text()).isEqualTo(report);
        assertThat(doc.contentHash()).matches("[0-9a-f]{64}");
        assertThat(CHECKER.check(text(report.replace("\n", "\r\n"), "text/plain")).contentHash()).isEqualTo(doc.contentHash());
        assertThat(CHECKER.check(text(Fixtures.report("b"), "text/plain")).contentHash()).isNotEqualTo(doc.contentHash());
    }

    @Test
    void undeclaredContentIsSniffed() {
        assertThat(CHECKER.effectiveContentType(null, Fixtures.report("c").getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(CHECKER.effectiveContentType("application/octet-stream", Fixtures.html("d").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/html");
        assertThat(CHECKER.effectiveContentType("", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(CHECKER.effectiveContentType("TEXT/HTML; charset=gbk", Fixtures.html("e").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("TEXT/HTML; charset=gbk");
    }

    @Test
    void metadataIsValidated() {
        Upload upload = new Upload(Fixtures.report("f").getBytes(StandardCharsets.UTF_8), "text/plain", null,
                " https://wsjkw.example.gov.cn/a.html ", "  工作总结 ", "2024-02-29");
        AcceptedDocument doc = CHECKER.check(upload);
        assertThat(doc.sourceUrl()).isEqualTo("https://wsjkw.example.gov.cn/a.html");
        assertThat(doc.title()).isEqualTo("工作总结");
        assertThat(doc.publishedDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> UploadChecker.publishedDate("2023-02-29")).isInstanceOf(IngestProblem.class)
                .extracting(e -> ((IngestProblem) e).parameter()).isEqualTo("publishedDate");
        assertThatThrownBy(() -> UploadChecker.sourceUrl("ftp://example.org/x")).isInstanceOf(IngestProblem.class);
        assertThatThrownBy(() -> UploadChecker.sourceUrl("not a url")).isInstanceOf(IngestProblem.class);
        assertThatThrownBy(() -> UploadChecker.title("长".repeat(1001))).isInstanceOf(IngestProblem.class);
    }

    @Test
    void tooFewChineseCharactersIsUnprocessable() {
        assertThatThrownBy(() -> CHECKER.check(text("Report 2024: 卫生 only two.", "text/plain")))
                .isInstanceOfSatisfying(IngestProblem.class, p -> assertThat(p.kind()).isEqualTo("no-chinese-text"));
    }

    @Test
    void aTextOverTheEventLimitIsTooLarge() {
        String big = "卫生健康".repeat(100_000); // 1.2 MB in UTF-8, under the 2 MB document limit
        assertThatThrownBy(() -> CHECKER.check(text(big, "text/plain")))
                .isInstanceOfSatisfying(IngestProblem.class, p -> assertThat(p.status()).isEqualTo(413));
    }

    @Test
    void docxIsReadByTheEngine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("西山县卫生健康局2024年上半年工作总结");
            docx.createParagraph().createRun().setText("上半年全县完成适龄儿童免疫规划疫苗接种2.3万剂次。");
            docx.write(out);
        }
        AcceptedDocument doc = CHECKER.check(new Upload(out.toByteArray(), null, "report.docx", null, null, null));
        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.contentType()).isEqualTo(UploadChecker.DOCX);
        assertThat(doc.text()).contains("免疫规划疫苗接种");
    }
}
