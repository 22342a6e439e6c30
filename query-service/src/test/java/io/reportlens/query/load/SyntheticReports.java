package io.reportlens.query.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.query.model.CommitmentInfo;
import io.reportlens.query.model.DeadlineInfo;
import io.reportlens.query.model.ExtractedReport;
import io.reportlens.query.model.MetricInfo;
import io.reportlens.query.model.ReportInfo;
import io.reportlens.query.model.SectionInfo;
import io.reportlens.query.model.TargetInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real extraction output varied by region and year. The templates ({@code query-service/load/templates/*.json},
 * written by {@code make-templates.sh}) are the {@code reports.extracted} data the pipeline produces for the
 * project's own documents; report i is template {@code i % templates}, moved to region i / 20 and to period year
 * 2015 + (i / 2) % 10 (so every region gets two reports a year for ten years, and its buckets and series are as
 * deep as in a full store; more reports mean more regions). Moving it replaces the template's region name (and its
 * short form, 安吉县 → 安吉) in every text with the synthetic one, shifts every year in it (text, title, sections,
 * metrics, deadlines, dates) by the same amount, scales each figure by a seeded ±10 % and gives the report, its
 * metrics and commitments ids of their own; the offsets are remapped so each span still quotes the text.
 */
final class SyntheticReports {

    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};

    /** Every synthetic region name has this length, and its short form (测试110101) that one; the offset maps rely on it. */
    private static final int FULL_NAME_LENGTH = regionName(regionCode(0)).length();
    private static final int SHORT_NAME_LENGTH = shortName(regionName(regionCode(0))).length();

    /** Where make-templates.sh writes the templates, relative to the repository root. */
    static final String TEMPLATE_DIR = "query-service/load/templates";
    /** The templates, by file name. */
    private static final List<Template> TEMPLATES = loadTemplates();
    /** The catalog indicator ids the templates' metrics carry, sorted; each region's 20 reports use every template. */
    static final List<String> INDICATORS = List.copyOf(TEMPLATES.stream()
            .flatMap(t -> Arrays.stream(t.metrics).map(m -> m.source.indicatorId()))
            .filter(id -> id != null).collect(Collectors.toCollection(TreeSet::new)));

    private SyntheticReports() {
    }

    static int regionCount() {
        return PROVINCES.length * 16 * 10;
    }

    static int templateCount() {
        return TEMPLATES.size();
    }

    /** The n-th region: a province's prefectures (01–16), each with nine counties (01–09). */
    static String regionCode(int n) {
        int province = n / 160;
        int prefecture = (n % 160) / 10 + 1;
        int county = n % 10;
        return PROVINCES[province % PROVINCES.length] + String.format("%02d%02d", prefecture, county);
    }

    static String regionName(String code) {
        return "测试" + code + (code.endsWith("00") ? "市" : "县");
    }

    static String reportId(int i) {
        return "load-" + i;
    }

    /** Report i: template i % templates, in region i / 20, for year 2015 + (i / 2) % 10. */
    static ExtractedReport report(int i) {
        return TEMPLATES.get(i % TEMPLATES.size()).vary(i);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<Template> loadTemplates() {
        Path dir = templateDir();
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Template> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                templates.add(new Template(file.getFileName().toString(),
                        json.readValue(file.toFile(), ExtractedReport.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the load templates in " + dir, e);
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no templates in " + dir + "; run query-service/load/make-templates.sh");
        }
        return List.copyOf(templates);
    }

    /** -Dreportlens.load.templates, else the repository's, found from these classes (target/test-classes) or the working directory. */
    private static Path templateDir() {
        String configured = System.getProperty("reportlens.load.templates");
        if (configured != null) {
            return Path.of(configured);
        }
        List<Path> candidates = new ArrayList<>();
        try {
            Path classes = Path.of(SyntheticReports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // query-service/target/test-classes → query-service/load/templates
            candidates.add(classes.getParent().getParent().resolve("load/templates"));
        } catch (URISyntaxException | RuntimeException e) {
            // not loaded from a directory: fall back on the working directory
        }
        candidates.add(Path.of(TEMPLATE_DIR));
        candidates.add(Path.of("load/templates"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the load templates (" + TEMPLATE_DIR + ") from "
                + Path.of("").toAbsolutePath() + "; set -Dreportlens.load.templates");
    }

    /** 安吉县 → 安吉, 江西省 → 江西; a two-character name has no short form. */
    private static String shortName(String name) {
        if (name == null || name.length() < 3) {
            return null;
        }
        char last = name.charAt(name.length() - 1);
        return last == '市' || last == '县' || last == '区' || last == '省' || last == '州' ? name.substring(0, name.length() - 1)
                : null;
    }

    private static String shiftDate(String date, int delta) {
        if (date == null || date.length() < 4 || delta == 0 || !Character.isDigit(date.charAt(0))) {
            return date;
        }
        int year = Integer.parseInt(date.substring(0, 4)) + delta;
        String rest = date.substring(4);
        if (rest.equals("-02-29") && !java.time.Year.isLeap(year)) {
            rest = "-02-28";
        }
        return year + rest;
    }

    private static String hexId(String prefix, long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        String hex = Long.toHexString(z);
        return prefix + "0000000000000000".substring(hex.length()) + hex;
    }

    /**
     * A value scaled by {@code factor}, rounded to the template's precision (a count stays a whole number); a
     * percentage that was at most 100 stays so.
     */
    private static double scale(double value, double factor, double precision, String unit) {
        double scaled = Math.round(value * factor * precision) / precision;
        return "%".equals(unit) && value <= 100 && scaled > 100 ? 100 : scaled;
    }

    private static double precisionOf(double value) {
        double p = 1;
        while (p < 10_000 && Math.abs(value * p - Math.rint(value * p)) > 1e-6) {
            p *= 10;
        }
        return p;
    }

    private static Integer plus(Integer year, int delta) {
        return year == null ? null : year + delta;
    }

    /**
     * A template string cut into literal parts and placeholders (the region's name, its short form, a year), so
     * that rendering it for a region and year is a few appends. Years are four digits from 1990 to 2040 followed by
     * 年, - or 〕; each rendered placeholder has a fixed length, so the offset map is the template's.
     */
    private static final class Skeleton {
        private static final byte LITERAL = 0;
        private static final byte NAME = 1;
        private static final byte SHORT = 2;
        private static final byte YEAR = 3;

        final String source;
        final String[] parts;
        final byte[] kinds;
        final int[] years;
        final int[] starts;

        Skeleton(String source, String name, String shortName) {
            this.source = source;
            List<String> p = new ArrayList<>();
            List<Byte> k = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            List<Integer> s = new ArrayList<>();
            int literalStart = 0;
            int n = source == null ? 0 : source.length();
            for (int at = 0; at < n; ) {
                byte kind = LITERAL;
                int length = 0;
                int year = 0;
                if (name != null && source.startsWith(name, at)) {
                    kind = NAME;
                    length = name.length();
                } else if (shortName != null && source.startsWith(shortName, at)) {
                    kind = SHORT;
                    length = shortName.length();
                } else if ((year = yearAt(source, at)) > 0) {
                    kind = YEAR;
                    length = 4;
                }
                if (kind == LITERAL) {
                    at++;
                    continue;
                }
                if (at > literalStart) {
                    p.add(source.substring(literalStart, at));
                    k.add(LITERAL);
                    y.add(0);
                    s.add(literalStart);
                }
                p.add(source.substring(at, at + length));
                k.add(kind);
                y.add(year);
                s.add(at);
                at += length;
                literalStart = at;
            }
            if (n > literalStart) {
                p.add(source.substring(literalStart));
                k.add(LITERAL);
                y.add(0);
                s.add(literalStart);
            }
            parts = p.toArray(String[]::new);
            kinds = new byte[k.size()];
            years = new int[k.size()];
            starts = new int[k.size()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = k.get(i);
                years[i] = y.get(i);
                starts[i] = s.get(i);
            }
        }

        private static int yearAt(String s, int at) {
            if (at + 5 > s.length() || (at > 0 && (Character.isDigit(s.charAt(at - 1)) || s.charAt(at - 1) == '.'))) {
                return 0;
            }
            int year = 0;
            for (int j = at; j < at + 4; j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    return 0;
                }
                year = year * 10 + (c - '0');
            }
            char next = s.charAt(at + 4);
            return year >= 1990 && year <= 2040 && (next == '年' || next == '-' || next == '〕') ? year : 0;
        }

        boolean constant() {
            return kinds.length == 0 || (kinds.length == 1 && kinds[0] == LITERAL);
        }

        String render(String name, String shortName, int delta) {
            if (constant()) {
                return source;
            }
            StringBuilder out = new StringBuilder(source.length() + 8 * parts.length);
            for (int i = 0; i < parts.length; i++) {
                switch (kinds[i]) {
                    case NAME -> out.append(name);
                    case SHORT -> out.append(shortName);
                    case YEAR -> out.append(years[i] + delta);
                    default -> out.append(parts[i]);
                }
            }
            return out.toString();
        }

        /** Offset in the source → offset in any rendering (names render to fixed lengths, years to four digits). */
        int[] offsetMap() {
            int n = source == null ? 0 : source.length();
            int[] map = new int[n + 1];
            int shifted = 0;
            for (int i = 0; i < parts.length; i++) {
                int oldLength = parts[i].length();
                int newLength = switch (kinds[i]) {
                    case NAME -> FULL_NAME_LENGTH;
                    case SHORT -> SHORT_NAME_LENGTH;
                    default -> oldLength;
                };
                for (int j = 0; j < oldLength; j++) {
                    map[starts[i] + j] = shifted + Math.min(j, newLength);
                }
                shifted += newLength;
            }
            map[n] = shifted;
            return map;
        }
    }

    private record MetricTemplate(MetricInfo source, Skeleton indicator, Skeleton raw, int start, int end,
                                  double valuePrecision, double highPrecision, double baselinePrecision, boolean ownRegion) {
    }

    private record TargetTemplate(TargetInfo source, int metricIndex, Skeleton indicator, double precision) {
    }

    private record CommitmentTemplate(CommitmentInfo source, int start, int end, Skeleton action, Skeleton object,
                                      Skeleton owner, Skeleton[] deadlineRaw, TargetTemplate[] targets) {
    }

    private record SectionTemplate(SectionInfo source, Skeleton heading, int start, int end) {
    }

    /** One template, cut up once so that each report made of it is a few appends and copies. */
    private static final class Template {
        final String file;
        final ExtractedReport source;
        final String name;
        final String shortName;
        final int periodYear;
        final Skeleton text;
        final int textLength;
        final Skeleton title;
        final Skeleton issuer;
        final SectionTemplate[] sections;
        final MetricTemplate[] metrics;
        final CommitmentTemplate[] commitments;

        Template(String file, ExtractedReport source) {
            this.file = file;
            this.source = source;
            ReportInfo info = source.report();
            if (info == null || info.periodYear() == null || info.region() == null) {
                throw new IllegalStateException("template " + file + " has no region or period year");
            }
            name = info.region();
            shortName = shortName(name);
            periodYear = info.periodYear();
            text = skeleton(source.text());
            int[] map = text.offsetMap();
            textLength = map[map.length - 1];
            title = skeleton(info.title());
            issuer = skeleton(info.issuer());
            sections = source.sections().stream().map(s -> new SectionTemplate(s, skeleton(s.heading()),
                    map[clamp(s.start())], map[clamp(s.end())])).toArray(SectionTemplate[]::new);
            Map<String, Integer> metricIndex = new HashMap<>();
            List<MetricInfo> sourceMetrics = source.metrics();
            metrics = new MetricTemplate[sourceMetrics.size()];
            for (int k = 0; k < metrics.length; k++) {
                MetricInfo m = sourceMetrics.get(k);
                metricIndex.put(m.id(), k);
                metrics[k] = new MetricTemplate(m, skeleton(m.indicator()), skeleton(m.raw()), map[clamp(m.start())],
                        map[clamp(m.end())], precisionOf(m.value()), m.valueHigh() == null ? 1 : precisionOf(m.valueHigh()),
                        m.baseline() == null ? 1 : precisionOf(m.baseline()), name.equals(m.region()));
            }
            commitments = source.commitments().stream().map(c -> new CommitmentTemplate(c, map[clamp(c.start())],
                    map[clamp(c.end())], skeleton(c.action()), skeleton(c.object()), skeleton(c.owner()),
                    c.deadlines().stream().map(d -> skeleton(d.raw())).toArray(Skeleton[]::new),
                    c.targets().stream().map(t -> new TargetTemplate(t, metricIndex.getOrDefault(t.metricId(), -1),
                            skeleton(t.indicator()), precisionOf(t.value()))).toArray(TargetTemplate[]::new)))
                    .toArray(CommitmentTemplate[]::new);
        }

        private Skeleton skeleton(String s) {
            return new Skeleton(s, name, shortName);
        }

        private int clamp(int offset) {
            return Math.max(0, Math.min(source.text().length(), offset));
        }

        ExtractedReport vary(int i) {
            Random random = new Random(i);
            String reportId = reportId(i);
            String code = regionCode(i / (2 * YEARS));
            String region = regionName(code);
            String regionShort = shortName(region);
            int year = FIRST_YEAR + (i / 2) % YEARS;
            int delta = year - periodYear;

            String newText = text.render(region, regionShort, delta);
            if (newText.length() != textLength) {
                throw new IllegalStateException("template " + file + " rendered to an unexpected length");
            }
            List<SectionInfo> newSections = new ArrayList<>(sections.length);
            for (SectionTemplate s : sections) {
                SectionInfo o = s.source;
                newSections.add(new SectionInfo(s.heading.render(region, regionShort, delta), o.level(), o.kind(),
                        plus(o.year(), delta), s.start, s.end));
            }

            long idSeed = (long) i << 16;
            String[] metricIds = new String[metrics.length];
            double[] factors = new double[metrics.length];
            List<MetricInfo> newMetrics = new ArrayList<>(metrics.length);
            for (int k = 0; k < metrics.length; k++) {
                MetricTemplate t = metrics[k];
                MetricInfo o = t.source;
                double f = 0.9 + 0.2 * random.nextDouble();
                factors[k] = f;
                metricIds[k] = hexId("m-", idSeed + k);
                newMetrics.add(new MetricInfo(metricIds[k], t.indicator.render(region, regionShort, delta), o.indicatorId(),
                        scale(o.value(), f, t.valuePrecision, o.unit()),
                        o.valueHigh() == null ? null : scale(o.valueHigh(), f, t.highPrecision, o.unit()), o.unit(),
                        t.raw.render(region, regionShort, delta), o.comparator(), o.kind(), plus(o.year(), delta),
                        t.ownRegion ? region : o.region(),
                        o.baseline() == null ? null : scale(o.baseline(), f, t.baselinePrecision, o.unit()),
                        newText.substring(t.start, t.end), t.start, t.end));
            }

            List<CommitmentInfo> newCommitments = new ArrayList<>(commitments.length);
            for (int k = 0; k < commitments.length; k++) {
                CommitmentTemplate t = commitments[k];
                CommitmentInfo o = t.source;
                List<DeadlineInfo> deadlines = new ArrayList<>(t.deadlineRaw.length);
                for (int d = 0; d < t.deadlineRaw.length; d++) {
                    deadlines.add(new DeadlineInfo(t.deadlineRaw[d].render(region, regionShort, delta),
                            shiftDate(o.deadlines().get(d).date(), delta)));
                }
                List<TargetInfo> targets = new ArrayList<>(t.targets.length);
                for (TargetTemplate tt : t.targets) {
                    TargetInfo ot = tt.source;
                    String indicator = tt.indicator.render(region, regionShort, delta);
                    if (tt.metricIndex >= 0) {
                        MetricInfo linked = newMetrics.get(tt.metricIndex);
                        targets.add(new TargetInfo(linked.id(), indicator, linked.value(), linked.valueHigh(), ot.unit(),
                                ot.comparator()));
                    } else {
                        double f = 0.9 + 0.2 * random.nextDouble();
                        targets.add(new TargetInfo(ot.metricId(), indicator, scale(ot.value(), f, tt.precision, ot.unit()),
                                ot.valueHigh() == null ? null : scale(ot.valueHigh(), f, precisionOf(ot.valueHigh()), ot.unit()),
                                ot.unit(), ot.comparator()));
                    }
                }
                newCommitments.add(new CommitmentInfo(hexId("c-", idSeed + 0x8000 + k), newText.substring(t.start, t.end),
                        t.start, t.end, t.action.render(region, regionShort, delta),
                        t.object.render(region, regionShort, delta), deadlines, targets, o.strength(),
                        t.owner.render(region, regionShort, delta), o.topic(), o.measurable()));
            }

            ReportInfo o = source.report();
            ReportInfo info = new ReportInfo(title.render(region, regionShort, delta),
                    issuer.render(region, regionShort, delta), region, code, "测试" + code.substring(0, 2) + "0000省",
                    code.endsWith("00") ? "city" : "county", o.docType(), year, shiftDate(o.publishedDate(), delta),
                    o.script());
            return new ExtractedReport(reportId, source.version(), null, source.sourceUrl(), source.extractorVersion(),
                    source.extractedAt(), info, newSections, newMetrics, newCommitments, newText);
        }
    }
}
