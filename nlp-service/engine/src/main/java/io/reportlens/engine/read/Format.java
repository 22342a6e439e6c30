package io.reportlens.engine.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What the bytes are, from their magic numbers and, for text, from the markup they open with. */
enum Format {
    PDF, DOCX_OR_ZIP, OLE2, HTML, TEXT, BINARY;

    private static final int SNIFF = 4096;

    static Format sniff(byte[] b, String contentType) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return PDF;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return DOCX_OR_ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return OLE2;
        }
        if (looksBinary(b)) {
            return BINARY;
        }
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        boolean declaredHtml = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return declaredHtml || head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div") ? HTML : TEXT;
    }

    /** Text in any of the charsets we read has no NUL and few other control bytes. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control * 20 > n;
    }

    /** Whether the bytes begin with the given magic numbers (a signature or a byte-order mark). */
    static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
