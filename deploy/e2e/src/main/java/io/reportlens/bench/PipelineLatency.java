package io.reportlens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency from {@code POST /api/reports} to the report being queryable with its metrics, over N
 * reports posted one at a time to a running stack:
 * <pre>PipelineLatency INGEST_URL QUERY_URL REPORT_FILE N</pre>
 * Each upload is the report with a unique marker line, so none is a duplicate of another.
 */
public final class PipelineLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PipelineLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: PipelineLatency INGEST_URL QUERY_URL REPORT_FILE N");
            System.exit(2);
        }
        String ingest = args[0];
        String query = args[1];
        String report = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        int n = Integer.parseInt(args[3]);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = PipelineThroughput.varied(report, i) + "\n(批次 " + run + "-" + i + ")\n";
            long start = System.nanoTime();
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports"))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 202) {
                throw new IllegalStateException("upload " + i + " answered " + posted.statusCode() + ": " + posted.body());
            }
            String id = JSON.readTree(posted.body()).get("id").asText();
            awaitQueryable(query + "/api/reports/" + id);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("reports=%d p50=%.0fms p90=%.0fms p99=%.0fms max=%.0fms%n", n,
                percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static void awaitQueryable(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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
        throw new IllegalStateException(url + " not queryable within 60 s");
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
