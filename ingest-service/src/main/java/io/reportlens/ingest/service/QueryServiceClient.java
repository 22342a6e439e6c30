package io.reportlens.ingest.service;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Asks query-service whether a report was extracted. */
@ApplicationScoped
public class QueryServiceClient {

    /** Extracted: true, false, or null when query-service could not tell (then {@code note} says why). */
    public record Extraction(Boolean extracted, String note) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    public QueryServiceClient(@ConfigProperty(name = "reportlens.query-url", defaultValue = "http://127.0.0.1:8083") String queryUrl) {
        this.baseUrl = queryUrl.replaceAll("/+$", "");
    }

    public Extraction extraction(String reportId) {
        URI uri = URI.create(baseUrl + "/api/reports/" + URLEncoder.encode(reportId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return new Extraction(true, null);
            }
            if (status == 404) {
                return new Extraction(false, null);
            }
            return new Extraction(null, "query-service answered " + status);
        } catch (IOException e) {
            return new Extraction(null, "query-service is unreachable at " + baseUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Extraction(null, "interrupted while asking query-service");
        }
    }
}
