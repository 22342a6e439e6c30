package io.reportlens.ingest.service;

import io.reportlens.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipGuardTest {

    private final ZipGuard guard = new ZipGuard(50L * 1024 * 1024, 100);

    private static void refusedAs(Runnable check, int status, String kind) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(IngestProblem.class, p -> {
            assertThat(p.status()).isEqualTo(status);
            assertThat(p.kind()).isEqualTo(kind);
        });
    }

    @Test
    void aSmallDocxPasses() {
        assertThatCode(() -> guard.checkDocx(Fixtures.zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
                .doesNotThrowAnyException();
    }

    @Test
    void aBombIsRefusedBeforeItIsInflated() {
        refusedAs(() -> guard.checkDocx(Fixtures.docxBomb(200L * 1024 * 1024)), 422, "compression-bomb");
    }

    @Test
    void anArchiveWithoutAWordBodyIsNoDocx() {
        refusedAs(() -> guard.checkDocx(Fixtures.zip("xl/workbook.xml", "<workbook/>")), 415, "unsupported-content");
    }

    @Test
    void aDamagedArchiveIsUnreadable() {
        byte[] zip = Fixtures.zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document>" + "卫生".repeat(500));
        byte[] damaged = zip.clone();
        Arrays.fill(damaged, 60, 200, (byte) 0x55);
        refusedAs(() -> guard.checkDocx(damaged), 422, "unreadable-document");
    }
}
