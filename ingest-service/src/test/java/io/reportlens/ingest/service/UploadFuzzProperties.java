package io.reportlens.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.model.Upload;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and mutated uploads never escape the checks as anything but a 4xx problem, and never take
 * longer than a bound per document.
 */
class UploadFuzzProperties {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final ExecutorService READERS = Executors.newCachedThreadPool();
    private static final UploadChecker CHECKER = new UploadChecker(
            new UploadChecker.Limits(2 * 1024 * 1024, 1024 * 1024, 20L * 1024 * 1024, 100, Duration.ofSeconds(3), 5), READERS);
    private static final JsonUploadParser JSON = new JsonUploadParser(new ObjectMapper(), 2 * 1024 * 1024);
    private static final List<String> TYPES = List.of("", "text/plain", "text/plain; charset=GBK", "text/html",
            "text/html; charset=nonsense", "application/pdf", UploadChecker.DOCX, "application/octet-stream", "image/png",
            "application/json", ";;;", "text/");

    @AfterContainer
    static void stop() {
        READERS.shutdownNow();
    }

    @Property(tries = 300)
    void randomBytesAreAcceptedOrRefusedWithA4xx(@ForAll("bytes") byte[] content, @ForAll("types") String type) {
        checkedWithinBound(new Upload(content, type, null, null, null, null));
    }

    @Property(tries = 300)
    void mutatedDocumentsAreAcceptedOrRefusedWithA4xx(@ForAll("mutatedDocuments") byte[] content, @ForAll("types") String type,
                                                      @ForAll("dates") String date) {
        checkedWithinBound(new Upload(content, type, "x", "https://a.example.gov.cn/" + date, "标题", date));
    }

    @Property(tries = 300)
    void randomJsonIsParsedOrRefusedWithA4xx(@ForAll("jsonish") String body) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                checkedWithinBound(JSON.parse(body));
            } catch (IngestProblem p) {
                assertThat(p.status()).isBetween(400, 499);
            }
        });
    }

    private static void checkedWithinBound(Upload upload) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                assertThat(CHECKER.check(upload).contentHash()).hasSize(64);
            } catch (IngestProblem p) {
                assertThat(p.status()).isBetween(400, 499);
                assertThat(p.getMessage()).isNotBlank();
            }
        });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(5000);
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(TYPES);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of("2024-01-05", "2024-13-01", "", "昨天"), Arbitraries.strings().ofMaxLength(12));
    }

    /** Valid documents of each kind with bytes flipped, cut off, or spliced in. */
    @Provide
    Arbitrary<byte[]> mutatedDocuments() {
        Arbitrary<byte[]> seeds = Arbitraries.of(
                Fixtures.report("fuzz").getBytes(StandardCharsets.UTF_8),
                Fixtures.html("fuzz").getBytes(StandardCharsets.UTF_8),
                Fixtures.report("fuzz").getBytes(java.nio.charset.Charset.forName("GB18030")),
                Fixtures.zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                        "<w:document><w:body><w:p><w:r><w:t>卫生健康工作总结与计划</w:t></w:r></w:p></w:body></w:document>"),
                ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return Combinators.combine(seeds, Arbitraries.integers().between(0, 20), Arbitraries.longs())
                .as((seed, mutations, salt) -> mutate(seed, mutations, new java.util.Random(salt)));
    }

    private static byte[] mutate(byte[] seed, int mutations, java.util.Random random) {
        byte[] bytes = seed.clone();
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            switch (random.nextInt(3)) {
                case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                default -> {
                    int at = random.nextInt(bytes.length);
                    byte[] longer = new byte[bytes.length + 8];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    for (int j = 0; j < 8; j++) {
                        longer[at + j] = (byte) random.nextInt(256);
                    }
                    System.arraycopy(bytes, at, longer, at + 8, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\"", "") + "\""),
                Arbitraries.of("null", "42", "[]", "{}", "true", "\"" + Fixtures.report("j").replace("\n", "\\n") + "\""));
        Arbitrary<String> fields = Arbitraries.of("text", "html", "contentBase64", "contentType", "sourceUrl", "title", "publishedDate", "x");
        Arbitrary<String> pair = Combinators.combine(fields, values).as((f, v) -> "\"" + f + "\":" + v);
        Arbitrary<String> objects = pair.list().ofMaxSize(5).map(p -> "{" + String.join(",", p) + "}");
        return Arbitraries.oneOf(objects, Arbitraries.strings().ofMaxLength(100),
                objects.map(o -> o.substring(0, Math.max(0, o.length() - 3))));
    }
}
