package io.reportlens.engine.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header cell (header-words.tsv): 指标名称 → indicator, 2025年 → a value column for 2025,
 * 2020年基期值 → its actual figures, 目标值(%) → targets in %, 牵头单位 → nothing to read.
 */
final class HeaderWords {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?:年度|年)?");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Map<String, String> ROLES = load();
    /** Roles that say what a value column's figures are: 数值(预期) holds targets. */
    private static final Set<String> STANCES = Set.of("actual", "target", "change", "value");

    private HeaderWords() {
    }

    /** The column a header cell names, or null when the cell is no header word (an empty cell neither). */
    static Column classify(String cell) {
        String s = cell.replace(" ", "").replace(":", "");
        if (s.isEmpty()) return null;
        Integer year = null;
        String unit = null;
        String bracketWord = null;
        Matcher b = BRACKETS.matcher(s);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (b.find()) {
            rest.append(s, last, b.start());
            last = b.end();
            String inner = b.group(1);
            Matcher y = YEAR.matcher(inner);
            if (y.matches()) year = Integer.valueOf(y.group(1));
            else if (ROLES.containsKey(inner)) bracketWord = inner;
            else unit = inner.startsWith("单位") ? inner.substring(2) : inner;
        }
        rest.append(s, last, s.length());
        String words = rest.toString();
        Matcher y = YEAR.matcher(words);
        if (y.find()) {
            if (year == null) year = Integer.valueOf(y.group(1));
            words = words.substring(0, y.start()) + words.substring(y.end());
        }
        String role = words.isEmpty() ? (bracketWord != null ? ROLES.get(bracketWord) : year != null ? "year" : null) : ROLES.get(words);
        if (role == null) return null;
        if (bracketWord != null && !words.isEmpty() && role.equals("value") && STANCES.contains(ROLES.get(bracketWord))) {
            role = ROLES.get(bracketWord);
        }
        return switch (role) {
            case "year" -> year == null ? null : new Column(Column.Role.VALUE, Column.Stance.UNSTATED, year, unit);
            case "value" -> new Column(Column.Role.VALUE, Column.Stance.UNSTATED, year, unit);
            case "actual" -> new Column(Column.Role.VALUE, Column.Stance.ACTUAL, year, unit);
            case "target" -> new Column(Column.Role.VALUE, Column.Stance.TARGET, year, unit);
            case "change" -> new Column(Column.Role.VALUE, Column.Stance.CHANGE, year, unit);
            default -> year != null ? null : new Column(Column.Role.valueOf(role.toUpperCase()), null, null, unit);
        };
    }

    private static Map<String, String> load() {
        Map<String, String> roles = new HashMap<>();
        try (InputStream in = HeaderWords.class.getResourceAsStream("header-words.tsv")) {
            if (in == null) throw new IllegalStateException("header-words.tsv missing");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                roles.put(parts[1].strip(), parts[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roles;
    }
}
