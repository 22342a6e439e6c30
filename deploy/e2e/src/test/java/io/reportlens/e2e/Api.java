package io.reportlens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The two public APIs as a client sees them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    static HttpResponse<String> upload(byte[] body, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Stack.INGEST + "/api/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static HttpResponse<String> query(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Stack.QUERY + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** The report from the query API once it has metrics, or an AssertionError after {@code within}. */
    static JsonNode awaitReport(String id, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = query("/api/reports/" + id);
                if (last.statusCode() == 200) {
                    JsonNode report = JSON.readTree(last.body());
                    if (report.path("metrics").size() > 0) {
                        return report;
                    }
                }
            } catch (IOException e) {
                // the service may be restarting; keep asking until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("report " + id + " was not queryable with metrics within " + within
                + "; last answer: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    static String id(HttpResponse<String> uploaded) throws IOException {
        return JSON.readTree(uploaded.body()).get("id").asText();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
