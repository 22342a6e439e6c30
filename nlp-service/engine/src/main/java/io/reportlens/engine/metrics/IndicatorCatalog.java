package io.reportlens.engine.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The standard health indicators (indicators.json; sources in SOURCES.md) onto which differently
 * worded indicators map: 每千常住人口床位 and 每千人口医疗卫生机构床位数 are the same measure.
 */
final class IndicatorCatalog {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String name, List<String> patterns, String unit, String definition, String source) {
    }

    /** An entry with its patterns compiled. */
    private record Compiled(String id, List<Pattern> patterns) {
    }

    private final List<Compiled> entries;

    private IndicatorCatalog(List<Entry> entries) {
        this.entries = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            this.entries.add(new Compiled(e.id(), e.patterns().stream().map(Pattern::compile).toList()));
        }
    }

    static IndicatorCatalog standard() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("indicators.json")) {
            if (in == null) throw new IllegalStateException("indicators.json missing");
            return new IndicatorCatalog(Arrays.asList(new ObjectMapper().readValue(in, Entry[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the first entry one of whose patterns finds the indicator, or null. */
    String idOf(String indicator) {
        if (indicator == null || indicator.isEmpty()) return null;
        String key = simplify(indicator);
        for (Compiled e : entries) {
            for (Pattern p : e.patterns()) if (p.matcher(key).find()) return e.id();
        }
        return null;
    }

    /** Folds spelling variants that do not change the measure: full-width brackets, 拥有, 数. */
    static String simplify(String indicator) {
        return indicator.replace('（', '(').replace('）', ')').replace("拥有", "").replace(" ", "");
    }
}
