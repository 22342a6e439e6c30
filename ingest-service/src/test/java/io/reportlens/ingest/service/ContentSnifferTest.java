package io.reportlens.ingest.service;

import io.reportlens.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void documentsAreKnownBySignature() {
        assertThat(sniffer.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.PDF);
        assertThat(sniffer.sniff(("\n\n  %PDF-1.4").getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.PDF);
        assertThat(sniffer.sniff(Fixtures.zip("a", "b"))).isEqualTo(ContentKind.ZIP);
        assertThat(sniffer.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}))
                .isEqualTo(ContentKind.OLE2);
        assertThat(sniffer.sniff(new byte[] {0x1F, (byte) 0x8B, 8, 0, 'a'})).isEqualTo(ContentKind.BINARY);
    }

    @Test
    void textInAnyChineseEncodingIsText() {
        String report = Fixtures.report("x");
        for (String charset : new String[] {"UTF-8", "GB18030", "GBK", "Big5"}) {
            assertThat(sniffer.sniff(report.getBytes(Charset.forName(charset)))).as(charset).isEqualTo(ContentKind.TEXT);
        }
        assertThat(sniffer.sniff(("ABC " + report).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(ContentKind.TEXT);
        assertThat(sniffer.sniff(report.getBytes(StandardCharsets.UTF_16))).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void randomBytesAreBinary() {
        byte[] noise = new byte[10_000];
        new Random(3).nextBytes(noise);
        assertThat(sniffer.sniff(noise)).isEqualTo(ContentKind.BINARY);
    }

    @Test
    void htmlIsRecognizedByItsMarkup() {
        assertThat(sniffer.looksLikeHtml(Fixtures.html("y").getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(sniffer.looksLikeHtml(Fixtures.report("z").getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
