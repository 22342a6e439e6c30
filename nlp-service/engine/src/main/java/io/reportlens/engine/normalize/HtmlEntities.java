package io.reportlens.engine.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML character references a scraper left as text ({@code &nbsp;}, {@code &#8240;}), also when it
 * lost their ampersand ({@code 6.38permil;}): decoded to the characters they stand for.
 */
final class HtmlEntities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("thinsp", " "),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("permil", "‰"), Map.entry("middot", "·"), Map.entry("mdash", "—"),
            Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("deg", "°"), Map.entry("plusmn", "±"), Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("bull", "•"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));
    /** A named reference with its ampersand, or without it where no letter stands before it. */
    private static final Pattern REFERENCE = Pattern.compile("&#(\\d{2,6});|&#x([0-9a-fA-F]{2,5});|(&|(?<![A-Za-z]))([a-z]{2,6});");

    private HtmlEntities() {
    }

    static String decode(String line) {
        if (line.indexOf(';') < 0) {
            return line;
        }
        Matcher m = REFERENCE.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String replacement = replacement(m);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, m.start()).append(replacement);
            copied = m.end();
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private static String replacement(Matcher m) {
        try {
            if (m.group(1) != null) {
                return new String(Character.toChars(Integer.parseInt(m.group(1))));
            }
            if (m.group(2) != null) {
                return new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String name = m.group(4);
        // without its ampersand only a reference no word could be mistaken for is decoded
        boolean bare = m.group(3).isEmpty();
        if (bare && name.length() < 4) {
            return null;
        }
        return NAMED.get(name);
    }
}
