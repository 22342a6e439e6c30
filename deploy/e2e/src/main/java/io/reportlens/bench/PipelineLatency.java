package io.reportlens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Latency from {@code POST /api/reports} to the report being queryable with its metrics, over N
 * reports posted one at a time to a running stack (no other load):
 * <pre>PipelineLatency INGEST_URL QUERY_URL N SOURCE...</pre>
 * The reports are {@link Corpus}'s series over the sources (real-sized reports, spread over regions
 * and years). The first is reported on its own: it is the first report after the stack started.
 */
public final class PipelineLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PipelineLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PipelineLatency INGEST_URL QUERY_URL N SOURCE...");
            System.exit(2);
        }
        String ingest = args[0];
        String query = args[1];
        int n = Integer.parseInt(args[2]);
        List<String> sources = Corpus.read(List.of(args).subList(3, args.length).stream().map(Path::of).toList());
        String run = "latency-" + Long.toString(System.currentTimeMillis(), 36);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = Corpus.report(sources, i, run);
            long start = System.nanoTime();
            String id = post(ingest, body);
            awaitQueryable(query + "/api/reports/" + id);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double first = millis.get(0);
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "latency: reports=%d first=%.0fms p50=%.0fms p90=%.0fms p99=%.0fms max=%.0fms%n", n, first,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    static String post(String ingest, String body) throws Exception {
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + posted.statusCode() + ": " + posted.body());
        }
        return JSON.readTree(posted.body()).get("id").asText();
    }

    /** Until the query API answers the report with its metrics (every report of the benchmark has some), 2 minutes at most. */
    static void awaitQueryable(String url) throws Exception {
        awaitQueryable(url, System.nanoTime() + Duration.ofSeconds(120).toNanos());
    }

    /** As above, until {@code deadline} ({@link System#nanoTime()}). */
    static void awaitQueryable(String url, long deadline) throws Exception {
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                JsonNode node = JSON.readTree(r.body());
                if (node.path("metrics").size() > 0) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(url + " not queryable with metrics in time");
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
