package io.reportlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Payloads for the benchmarks: real-sized reports spread over regions and years as a crawl's are.
 * Report i is source {@code i mod sources} issued by another city for another year, with a line
 * that makes it unique (so ingest-service never takes it for a duplicate).
 * <pre>Corpus OUT_DIR N SOURCE...     (a SOURCE is a .txt file or a folder of them)</pre>
 * writes {@code OUT_DIR/<year shift>/report-NNNNN.txt}.
 */
public final class Corpus {

    /** Real prefecture-level cities, so the reports spread over regions as a real crawl's do. */
    private static final String[] CITIES = {"石家庄市", "唐山市", "邯郸市", "保定市", "太原市", "大同市", "沈阳市", "大连市",
            "长春市", "吉林市", "哈尔滨市", "齐齐哈尔市", "南京市", "无锡市", "徐州市", "苏州市", "杭州市", "宁波市", "温州市",
            "合肥市", "芜湖市", "福州市", "厦门市", "南昌市", "赣州市", "济南市", "青岛市", "烟台市", "郑州市", "洛阳市", "武汉市",
            "宜昌市", "长沙市", "岳阳市", "广州市", "韶关市", "深圳市", "南宁市", "柳州市", "海口市", "成都市", "绵阳市", "贵阳市",
            "遵义市", "昆明市", "曲靖市", "西安市", "宝鸡市", "兰州市", "西宁市", "银川市"};
    private static final Pattern LEADING_CITY = Pattern.compile("^\\s*(\\p{IsHan}{1,6}?市)");
    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})年");

    private Corpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Corpus OUT_DIR N SOURCE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        List<String> sources = read(List.of(args).subList(2, args.length).stream().map(Path::of).toList());
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String body = report(sources, i, "corpus");
            Path file = out.resolve("shift-" + (i / CITIES.length % 6)).resolve(String.format(Locale.ROOT, "report-%05d.txt", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, body, StandardCharsets.UTF_8);
            bytes += body.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "%d reports from %d sources, %.1f MB, in %s%n", n, sources.size(), bytes / 1e6, out);
    }

    /** The texts of the sources: each .txt file named, and every .txt file in each folder named, sorted. */
    public static List<String> read(List<Path> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> listed = Files.list(source)) {
                    listed.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(source);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt report among " + sources);
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** Report i of the series, unique to {@code tag}. */
    public static String report(List<String> sources, int i, String tag) {
        return varied(sources.get(i % sources.size()), i) + "\n(批次 " + tag + "-" + i + ")\n";
    }

    /**
     * The report issued by another city (the title's leading city replaced, when it starts with one)
     * for another year (every year shifted by the same amount, 0 to 5 years back).
     */
    static String varied(String report, int i) {
        String text = report;
        Matcher city = LEADING_CITY.matcher(report);
        if (city.find()) {
            text = text.replace(city.group(1), CITIES[i % CITIES.length]);
        }
        int shift = -(i / CITIES.length % 6);
        Matcher year = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (year.find()) {
            year.appendReplacement(out, (Integer.parseInt(year.group(1)) + shift) + "年");
        }
        year.appendTail(out);
        return out.toString();
    }
}
