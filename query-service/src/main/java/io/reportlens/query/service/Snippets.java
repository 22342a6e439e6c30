package io.reportlens.query.service;

import java.util.Locale;

/** A passage around the first match, HTML-escaped, with every match inside it wrapped in {@code <mark>}. */
final class Snippets {

    private static final int CONTEXT = 40;

    private Snippets() {
    }

    static int count(String text, String query) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    static String around(String text, String query) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        int first = haystack.indexOf(needle);
        if (first < 0) {
            return escape(text.substring(0, Math.min(text.length(), 2 * CONTEXT)));
        }
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(text.length(), first + needle.length() + CONTEXT);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int i = from;
        for (int m = first; m >= 0 && m + needle.length() <= to; m = haystack.indexOf(needle, m + needle.length())) {
            out.append(escape(text.substring(i, m))).append("<mark>")
                    .append(escape(text.substring(m, m + needle.length()))).append("</mark>");
            i = m + needle.length();
        }
        out.append(escape(text.substring(i, to))).append(to < text.length() ? "…" : "");
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
