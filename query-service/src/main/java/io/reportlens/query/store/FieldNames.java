package io.reportlens.query.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Turns a value (a report id, a wording) into a safe BSON field name: plain ids stay as they are;
 * anything with dots, dollars or other characters becomes {@code ~} + hex of its UTF-8 bytes, which
 * cannot collide with a plain id.
 */
final class FieldNames {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private FieldNames() {
    }

    static String safe(String value) {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        return "~" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
    }

    static String original(String field) {
        if (!field.startsWith("~")) {
            return field;
        }
        return new String(HexFormat.of().parseHex(field.substring(1)), StandardCharsets.UTF_8);
    }
}
