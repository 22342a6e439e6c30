package io.reportlens.engine.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader against the Chinese number specs of Microsoft's Recognizers-Text (MIT; {@code Specs/Number/Chinese/}
 * NumberModel.json and PercentModel.json). The spec files are not part of this repository: the test reads them
 * from the directory named by {@code REPORTLENS_RT_SPECS} (system property or environment variable), by default
 * {@code ../shared/spec/recognizers-text/Number/Chinese} beside the repository, and is skipped when they are absent.
 *
 * <p>Each spec case is an input and the numbers it holds. A case passes when scanning its input with the reader
 * finds exactly those numbers, with those values, in that order. Cases that use a form out of scope for a reader of
 * health-commission reports (the categories below, each with its reason) are counted apart; of the rest at least
 * 95 % must pass. NumberRangeModel.json and OrdinalModel.json are not run: a range is value + valueHigh in the
 * extraction spec where Recognizers-Text returns an interval string, and ordinals (第三) are the metrics stage's.
 */
class RecognizersTextConformanceTest {

    private static final double REQUIRED = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A form out of scope: its name, why, and how to recognise a case that uses it. */
    private record OutOfScope(String name, String reason, Predicate<JsonNode> uses) {
    }

    private static final List<OutOfScope> OUT_OF_SCOPE = List.of(
            new OutOfScope("financial numerals", "壹贰叁…拾佰仟 are written on cheques and contracts, not in work reports; "
                    + "the cases with words that contain these characters (陆地, 入伍) test nothing else",
                    inputHas("[壹贰貳叁肆伍陆陸柒捌玖拾佰仟倆]")),
            new OutOfScope("whitespace inside a number", "in a report's text a space separates table cells and columns "
                    + "(2022 2023); joining numbers across it would merge cells", resultTextHas("\\s")),
            new OutOfScope("English suffixes, exponents, URLs", "40k, -2.5 M, 2e5, 2^5 and percent-escapes in URLs "
                    + "do not occur in Chinese health reports", anyOf(resultTextHas("[A-Za-z^]"), inputHas("https?://"))),
            new OutOfScope("兆", "ambiguous (10^6 in the mainland's science usage, 10^12 in Taiwan and Japan); "
                    + "mainland reports write 万亿", inputHas("兆")),
            new OutOfScope("打 (dozen), 半 (half), 折 (discount)", "commerce and idiom forms (一打, 半百, 半成, 九五折) "
                    + "that health statistics do not use", anyOf(resultTextHas("[打半]"), inputHas("折"))),
            new OutOfScope("几 (some)", "二十几万 states no value: a report's figure is a number", resultTextHas("[几幾]")),
            new OutOfScope("mixed fractions with 又", "三百五又三分之一 is schoolbook arithmetic, not report prose",
                    resultTextHas("又")),
            new OutOfScope("signs inside fractions", "负3分之负157 is not a form reports use", inputHas("分之[负負]")),
            new OutOfScope("a leading decimal point", "a point before digits (.5, ...9) is a list marker or a broken "
                    + "line in report text", anyOf(resultTextHas("^-?\\."), inputHas("\\.\\.\\."))),
            new OutOfScope("dotted runs", "2222.2222.22222 is a version or section number, not a quantity",
                    inputHas("\\d\\.\\d+\\.\\d")),
            new OutOfScope("improper slash fractions", "in reports N/M with N > M is a date or a code (12/31, 24/7); "
                    + "the reader reads a/b only as a proper fraction (2/3)", RecognizersTextConformanceTest::improperSlash),
            new OutOfScope("numbers with a currency word", "Recognizers-Text leaves 一美元 to its currency model; "
                    + "the engine reads the number and its unit stage takes the currency", inputHas("美元|美刀")),
            new OutOfScope("ranges", "the extraction spec reads 5-20% as 5 with valueHigh 20; Recognizers-Text's "
                    + "number model reads the high end alone", inputHas("\\d\\s*[-~～]\\s*\\d")));

    @Test
    void readsAtLeast95PercentOfTheInScopeCases() throws IOException {
        Path dir = specDirectory();
        Path numbers = dir.resolve("NumberModel.json");
        Path percents = dir.resolve("PercentModel.json");
        boolean present = Files.isRegularFile(numbers) && Files.isRegularFile(percents);
        if (!present) {
            System.out.println("Recognizers-Text Chinese number specs not found in " + dir
                    + " (set REPORTLENS_RT_SPECS): conformance test skipped");
        }
        Assumptions.assumeTrue(present, "Recognizers-Text specs not found in " + dir);

        Tally tally = new Tally();
        for (JsonNode c : JSON.readTree(numbers.toFile())) tally.add("NumberModel", c, false);
        for (JsonNode c : JSON.readTree(percents.toFile())) tally.add("PercentModel", c, true);
        System.out.println(tally.report());
        tally.failures.forEach(f -> System.out.println("  not read as specified: " + f));
        assertThat(tally.inScope).isGreaterThan(0);
        assertThat(tally.passed / (double) tally.inScope)
                .as("in-scope Recognizers-Text cases read right; failures:%n%s", String.join("\n", tally.failures))
                .isGreaterThanOrEqualTo(REQUIRED);
    }

    /** Counts, per model, in-scope cases passed and out-of-scope cases per category. */
    private static final class Tally {
        int inScope;
        int passed;
        final Map<String, Integer> outOfScope = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        void add(String model, JsonNode c, boolean percentModel) {
            for (OutOfScope o : OUT_OF_SCOPE) {
                if (o.uses().test(c)) {
                    outOfScope.merge(o.name(), 1, Integer::sum);
                    return;
                }
            }
            inScope++;
            List<Double> expected = new ArrayList<>();
            for (JsonNode r : c.get("Results")) expected.add(Double.parseDouble(r.get("Resolution").get("value").asText().replace("%", "")));
            String input = folded(c.get("Input").asText());
            List<Double> found = percentModel ? percents(input) : numbers(input);
            if (same(expected, found)) {
                passed++;
            } else {
                failures.add(model + ": " + c.get("Input").asText() + " expected " + expected + " read " + found);
            }
        }

        String report() {
            return String.format("Recognizers-Text conformance: %d of %d in-scope cases pass (%.1f %%); out of scope: %s",
                    passed, inScope, 100.0 * passed / Math.max(1, inScope), outOfScope);
        }
    }

    /** Every number of the text as the number model counts it: a 百分之 form by its stated number, a fraction by its value. */
    private static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        for (Reading r : scan(text)) {
            if (r.impliedUnit() == null || unitFirst(text, r)) {
                out.add(r.value());
            } else {
                out.add(r.value() / perUnit(r.impliedUnit()));
            }
        }
        return out;
    }

    /** Every percentage of the text, in %: 百分之/千分之/万分之 forms, 成, and numbers written before %, ‰ or 个百分点. */
    private static List<Double> percents(String text) {
        List<Double> out = new ArrayList<>();
        for (Reading r : scan(text)) {
            if (r.impliedUnit() != null) {
                if (unitFirst(text, r) || isTenths(text, r)) {
                    out.add(r.value() * 100 / perUnit(r.impliedUnit()));
                }
            } else if (text.startsWith("%", r.end())) {
                out.add(r.value());
            } else if (text.startsWith("‰", r.end())) {
                out.add(r.value() / 10);
            } else if (text.startsWith("个百分点", r.end()) || text.startsWith("個百分點", r.end())
                    || text.startsWith("百分点", r.end())) {
                out.add(r.value());
            }
        }
        return out;
    }

    /** 六成, 四成三: the reading holds 成. */
    private static boolean isTenths(String text, Reading r) {
        return text.substring(r.start(), r.end()).indexOf('成') > 0;
    }

    /** 百分之, 千分之, 万分之: the form starts with its denominator's unit, no digit before it. */
    private static boolean unitFirst(String text, Reading r) {
        char c = text.charAt(r.negative() ? r.start() + 1 : r.start());
        return Numerals.smallUnit(c) >= 100 || Numerals.bigUnit(c) > 0;
    }

    private static double perUnit(String unit) {
        return switch (unit) {
            case "%" -> 100;
            case "‰" -> 1000;
            case "/万" -> 1e4;
            case "/10万" -> 1e5;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** Reads a text left to right as the metrics stage does: a number where one starts and does not continue another. */
    static List<Reading> scan(String text) {
        List<Reading> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!NumberReader.startsNumber(text, i) || (i > 0 && continues(text.charAt(i - 1), text.charAt(i)))) {
                i++;
                continue;
            }
            Reading r = NumberReader.read(text, i);
            if (r != null) {
                out.add(r);
                i = r.end();
            } else {
                i++;
                while (i < text.length() && (Numerals.isNumeral(text.charAt(i)) || Numerals.isAsciiDigit(text.charAt(i)))) i++;
            }
        }
        return out;
    }

    private static boolean continues(char prev, char c) {
        if (Numerals.isAsciiDigit(c)) return Numerals.isAsciiDigit(prev) || prev == '.';
        return Numerals.isNumeral(prev) || Numerals.isDecimalPoint(prev);
    }

    private static boolean same(List<Double> expected, List<Double> found) {
        if (expected.size() != found.size()) return false;
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.get(i);
            if (Math.abs(e - found.get(i)) > 1e-9 * Math.max(1, Math.abs(e))) return false;
        }
        return true;
    }

    /** Full-width digits and punctuation as ASCII, as the engine's normalizer leaves text before any reader sees it. */
    private static String folded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        return out.toString();
    }

    private static Path specDirectory() {
        String named = System.getProperty("REPORTLENS_RT_SPECS", System.getenv("REPORTLENS_RT_SPECS"));
        if (named != null && !named.isBlank()) return Path.of(named);
        String root = System.getProperty("reportlens.root");
        Path repository = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        return repository.resolve("../shared/spec/recognizers-text/Number/Chinese").normalize();
    }

    private static Predicate<JsonNode> inputHas(String regex) {
        Pattern p = Pattern.compile(regex);
        return c -> p.matcher(c.get("Input").asText()).find();
    }

    private static Predicate<JsonNode> resultTextHas(String regex) {
        Pattern p = Pattern.compile(regex);
        return c -> {
            for (JsonNode r : c.get("Results")) if (p.matcher(r.get("Text").asText()).find()) return true;
            return false;
        };
    }

    @SafeVarargs
    private static Predicate<JsonNode> anyOf(Predicate<JsonNode>... ps) {
        return c -> {
            for (Predicate<JsonNode> p : ps) if (p.test(c)) return true;
            return false;
        };
    }

    private static boolean improperSlash(JsonNode c) {
        for (JsonNode r : c.get("Results")) {
            String[] parts = folded(r.get("Text").asText()).replace("-", "").split("/");
            if (parts.length == 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+")
                    && Long.parseLong(parts[0]) > Long.parseLong(parts[1])) return true;
        }
        return false;
    }
}
