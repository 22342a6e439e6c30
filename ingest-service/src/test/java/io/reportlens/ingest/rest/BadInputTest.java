package io.reportlens.ingest.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Each bad input answers a 4xx problem and leaves nothing stored and nothing published. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class BadInputTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

    private long storedBefore;
    private long publishedBefore;

    @BeforeEach
    void settle() {
        Infra.awaitOutboxEmpty();
        storedBefore = Infra.storedDocuments();
        publishedBefore = Infra.publishedCount();
    }

    private void refused(Supplier<ValidatableResponse> request, int status, String kind) {
        request.get().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", endsWith("/" + kind))
                .body("title", notNullValue()).body("detail", notNullValue()).body("instance", equalTo("/api/reports"));
        assertThat(Infra.storedDocuments()).as("documents stored").isEqualTo(storedBefore);
        assertThat(Infra.outboxSize()).isZero();
        assertThat(Infra.publishedCount()).as("events published").isEqualTo(publishedBefore);
    }

    private ValidatableResponse raw(String contentType, byte[] body) {
        return api().contentType(contentType).body(body).post("/api/reports").then();
    }

    @Test
    void emptyBody() {
        refused(() -> raw("text/plain", new byte[0]), 400, "empty-document");
    }

    @Test
    void unsupportedContentType() {
        refused(() -> raw("image/png", Fixtures.report().getBytes(StandardCharsets.UTF_8)), 415, "unsupported-content");
    }

    @Test
    void declaredPdfThatIsText() {
        refused(() -> raw("application/pdf", Fixtures.report().getBytes(StandardCharsets.UTF_8)), 415, "content-type-mismatch");
    }

    @Test
    void declaredTextThatIsPdf() {
        refused(() -> raw("text/plain", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII)),
                415, "content-type-mismatch");
    }

    @Test
    void declaredDocxThatIsHtml() {
        refused(() -> raw(DOCX, Fixtures.html("x").getBytes(StandardCharsets.UTF_8)), 415, "content-type-mismatch");
    }

    @Test
    void binaryThatIsNoDocument() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        refused(() -> raw("application/octet-stream", noise), 415, "unsupported-content");
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 512);
        refused(() -> raw("application/octet-stream", png), 415, "unsupported-content");
    }

    @Test
    void zipThatIsNoDocx() {
        refused(() -> raw(DOCX, Fixtures.zip("readme.txt", Fixtures.report())), 415, "unsupported-content");
    }

    @Test
    void corruptDocx() {
        byte[] docx = Fixtures.zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document><w:body><w:p>");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        refused(() -> raw(DOCX, truncated), 422, "unreadable-document");
    }

    @Test
    void corruptPdf() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 999 >>\nstream\nxx\u0001\u0002garbage".getBytes(StandardCharsets.ISO_8859_1);
        request422(() -> raw("application/pdf", pdf));
    }

    /** A damaged document is refused as unprocessable; the reason depends on how far reading got. */
    private void request422(Supplier<ValidatableResponse> request) {
        request.get().statusCode(422).contentType("application/problem+json").body("detail", notNullValue());
        assertThat(Infra.storedDocuments()).isEqualTo(storedBefore);
        assertThat(Infra.publishedCount()).isEqualTo(publishedBefore);
    }

    @Test
    void compressionBomb() {
        byte[] bomb = Fixtures.docxBomb(64L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(MAX_DOCUMENT_BYTES);
        refused(() -> raw(DOCX, bomb), 422, "compression-bomb");
    }

    @Test
    void bodyOverTheDocumentLimit() {
        byte[] big = new byte[MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        refused(() -> raw("text/plain", big), 413, "too-large");
    }

    @Test
    void bodyOverTheHttpLimitIsAProblemToo() {
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        api().contentType("text/plain").body(huge).post("/api/reports").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(Infra.storedDocuments()).isEqualTo(storedBefore);
    }

    @Test
    void malformedJson() {
        refused(() -> api().contentType("application/json").body("{\"text\": \"卫生健康").post("/api/reports").then(),
                400, "malformed-json");
        refused(() -> api().contentType("application/json").body(Map.of("title", "没有正文")).post("/api/reports").then(),
                400, "invalid-parameter");
        refused(() -> api().contentType("application/json").body(Map.of("contentBase64", "@@not base64@@")).post("/api/reports").then(),
                400, "invalid-parameter");
    }

    @Test
    void publishedDateThatIsNoDate() {
        refused(() -> api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedDate", "2024-02-30").post("/api/reports").then(), 400, "invalid-parameter");
        api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .queryParam("publishedDate", "昨天").post("/api/reports").then()
                .statusCode(400).body("parameter", equalTo("publishedDate")).body("detail", containsString("昨天"));
    }

    @Test
    void sourceUrlThatIsNoUrl() {
        refused(() -> api().contentType("text/plain; charset=UTF-8").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .queryParam("sourceUrl", "javascript:alert(1)").post("/api/reports").then(), 400, "invalid-parameter");
    }

    @Test
    void documentWithoutChineseText() {
        request422(() -> raw("text/plain; charset=UTF-8", "Annual work report of the health commission, 2024.".getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("Chinese")));
    }

    @Test
    void legacyWordDocument() {
        byte[] doc = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 1024);
        refused(() -> raw("application/octet-stream", doc), 415, "unsupported-content");
    }
}
