package io.reportlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws consumer lag over time as an SVG line chart, from the output of {@code deploy/lag SECONDS}
 * ("time group topic lag" lines), one file per run:
 * <pre>LagPlot OUT.svg TITLE LABEL=FILE...</pre>
 * Each run's time starts at its first sample; one line per run and consumer group.
 */
public final class LagPlot {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private record Point(double seconds, long lag) {
    }

    private LagPlot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: LagPlot OUT.svg TITLE LABEL=FILE...");
            System.exit(2);
        }
        Map<String, List<Point>> series = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] labelFile = args[i].split("=", 2);
            series.putAll(read(labelFile[0], Path.of(labelFile[1])));
        }
        Files.writeString(Path.of(args[0]), svg(args[1], series), StandardCharsets.UTF_8);
    }

    /** "label, group" → its samples, seconds from the run's first sample. */
    private static Map<String, List<Point>> read(String label, Path file) throws IOException {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        Instant first = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 4) {
                continue;
            }
            Instant at = Instant.parse(f[0]);
            first = first == null ? at : first;
            series.computeIfAbsent(label + ", " + f[1], k -> new ArrayList<>())
                    .add(new Point(Duration.between(first, at).toMillis() / 1e3, Long.parseLong(f[3])));
        }
        return series;
    }

    static String svg(String title, Map<String, List<Point>> series) {
        double maxSeconds = series.values().stream().flatMap(List::stream).mapToDouble(Point::seconds).max().orElse(1);
        long maxLag = Math.max(1, series.values().stream().flatMap(List::stream).mapToLong(Point::lag).max().orElse(1));
        double w = WIDTH - LEFT - RIGHT;
        double h = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP + (int) h, LEFT + (int) w, TOP + (int) h));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT, TOP + (int) h));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + h - h * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\">%d</text>%n", LEFT - 6, y + 4, maxLag * i / 4));
            double x = LEFT + w * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%.0f s</text>%n", x, TOP + (int) h + 18, maxSeconds * i / 4));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">lag (records)</text>%n",
                TOP + (int) h / 2, TOP + (int) h / 2));
        int n = 0;
        for (Map.Entry<String, List<Point>> e : series.entrySet()) {
            String color = COLORS[n % COLORS.length];
            StringBuilder points = new StringBuilder();
            for (Point p : e.getValue()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + w * p.seconds() / maxSeconds, TOP + h - h * p.lag() / maxLag));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n", color,
                    e.getKey().contains("query-service") ? " stroke-dasharray=\"6 3\"" : "", points.toString().trim()));
            int y = TOP + 10 + n * 18;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    WIDTH - RIGHT + 10, y, WIDTH - RIGHT + 34, y, color, e.getKey().contains("query-service") ? " stroke-dasharray=\"6 3\"" : ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 40, y + 4, escape(e.getKey())));
            n++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
