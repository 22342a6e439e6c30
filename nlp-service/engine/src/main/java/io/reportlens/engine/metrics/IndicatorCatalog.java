package io.reportlens.engine.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard health indicators (indicators.json; sources in SOURCES.md) onto which differently
 * worded indicators map: 每千常住人口床位 and 每千人口医疗卫生机构床位数 are the same measure.
 */
final class IndicatorCatalog {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String name, List<String> patterns, String unit, String definition, String source) {
    }

    private final List<String> ids;
    private final List<String> units;
    /** All entries' patterns as one alternation, group e{i} standing for entry i: one search per indicator. */
    private final Pattern anyEntry;

    private IndicatorCatalog(List<Entry> entries) {
        this.ids = entries.stream().map(Entry::id).toList();
        this.units = entries.stream().map(Entry::unit).toList();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0) all.append('|');
            all.append("(?<e").append(i).append('>').append(String.join("|", e.patterns().stream().map(p -> "(?:" + p + ")").toList())).append(')');
        }
        this.anyEntry = Pattern.compile(all.toString());
    }

    static IndicatorCatalog standard() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("indicators.json")) {
            if (in == null) throw new IllegalStateException("indicators.json missing");
            return new IndicatorCatalog(Arrays.asList(new ObjectMapper().readValue(in, Entry[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the entry whose pattern finds the indicator earliest, or null. */
    String idOf(String indicator) {
        if (indicator == null || indicator.isEmpty()) return null;
        Matcher m = anyEntry.matcher(simplify(indicator));
        if (!m.find()) return null;
        for (int i = 0; i < ids.size(); i++) if (m.start("e" + i) >= 0) return ids.get(i);
        return null;
    }

    /** The unit the catalog's measure is counted in, or null. */
    String unitOf(String id) {
        int i = id == null ? -1 : ids.indexOf(id);
        return i < 0 ? null : units.get(i);
    }

    /** Folds spelling variants that do not change the measure: full-width brackets, 拥有, 数. */
    static String simplify(String indicator) {
        return indicator.replace('（', '(').replace('）', ')').replace("拥有", "").replace(" ", "");
    }
}
