package io.reportlens.ingest.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells documents from other bytes by their signatures and, for text, by the share of control
 * bytes, so a declared content type can be checked against what was actually sent.
 */
public final class ContentSniffer {

    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int TEXT_WINDOW = 64 * 1024;
    private static final double MAX_CONTROL_SHARE = 0.02;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[][] BINARY_SIGNATURES = {
            {0x1F, (byte) 0x8B},                                  // gzip
            {(byte) 0x89, 'P', 'N', 'G'},                         // PNG
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},              // JPEG
            {'7', 'z', (byte) 0xBC, (byte) 0xAF},                 // 7-Zip
            {'R', 'a', 'r', '!'},                                 // RAR
            {0x7F, 'E', 'L', 'F'},                                // ELF
            {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},                 // xz
            {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},               // zstd
    };

    public ContentKind sniff(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return ContentKind.ZIP;
        }
        if (startsWith(bytes, OLE2)) {
            return ContentKind.OLE2;
        }
        if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return ContentKind.PDF;
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return ContentKind.BINARY;
            }
        }
        return looksLikeText(bytes) ? ContentKind.TEXT : ContentKind.BINARY;
    }

    /** True when the first bytes hold markup a browser would render as HTML. */
    public boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<meta") || head.contains("<div") || head.contains("<p>");
    }

    private static boolean looksLikeText(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return true;
        }
        int n = Math.min(bytes.length, TEXT_WINDOW);
        int controls = 0;
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nuls++;
            } else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                controls++;
            }
        }
        if (nuls > 0) {
            return looksLikeUtf16(bytes, n);
        }
        return n == 0 || (double) controls / n <= MAX_CONTROL_SHARE;
    }

    /** UTF-16 without a byte order mark: decodes cleanly, mostly to Chinese, ASCII and punctuation. */
    private static boolean looksLikeUtf16(byte[] bytes, int n) {
        int even = n - n % 2;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            try {
                CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, even));
                long plausible = chars.chars().filter(ContentSniffer::plausibleTextChar).count();
                if (chars.length() > 0 && plausible >= 0.9 * chars.length()) {
                    return true;
                }
            } catch (CharacterCodingException e) {
                // not this byte order
            }
        }
        return false;
    }

    private static boolean plausibleTextChar(int c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(bytes.length, window) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
