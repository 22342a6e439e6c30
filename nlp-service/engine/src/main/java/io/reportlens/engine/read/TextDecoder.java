package io.reportlens.engine.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes text whose charset may be undeclared. A declared charset (content type, BOM, HTML meta)
 * wins. Otherwise strict UTF-8 is tried first (exact: other encodings of Chinese almost never form
 * valid UTF-8), then ICU's detector chooses between the Chinese encodings GB18030 and Big5, and the
 * choice must decode without errors.
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");
    private static final int META_SCAN = 2048;
    private static final String GB18030 = "GB18030";
    private static final String BIG5 = "Big5";

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String contentType) {
        if (Format.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (Format.startsWith(bytes, 0xFF, 0xFE) || Format.startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
        }
        Charset declared = declared(contentType, bytes);
        // A Latin charset declared for bytes beyond ASCII is a scraper's or server's default, not
        // the truth: no Chinese report is Latin-1. Detect instead.
        if (declared != null && !(isLatin(declared) && !isAscii(bytes))) {
            return new Decoded(new String(bytes, declared), declared.name());
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        for (String name : chineseCandidates(bytes)) {
            String text = strict(bytes, Charset.forName(name));
            if (text != null) {
                return new Decoded(text, name);
            }
        }
        return new Decoded(new String(bytes, Charset.forName(GB18030)), GB18030);
    }

    /** GB18030 and Big5, most likely first as ICU's detector sees them. */
    private static String[] chineseCandidates(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName().toUpperCase(Locale.ROOT);
            if (name.equals("BIG5")) {
                return new String[] {BIG5, GB18030};
            }
            if (name.startsWith("GB")) {
                return new String[] {GB18030, BIG5};
            }
        }
        return new String[] {GB18030, BIG5};
    }

    private static Charset declared(String contentType, byte[] bytes) {
        String where = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset") ? contentType
                : new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(where);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        if (name.equals("GB2312") || name.equals("GBK")) {
            return Charset.forName(GB18030);
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("windows-1252");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
