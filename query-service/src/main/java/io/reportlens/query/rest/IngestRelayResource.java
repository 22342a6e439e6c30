package io.reportlens.query.rest;

import io.reportlens.query.config.IngestRelayConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page's way to upload: ingest-service's upload and status endpoints relayed under query-service's
 * own origin, so the page needs no CORS and no second address, and ingest's admin endpoints stay unexposed.
 * Bodies stream through; ingest's answers (status, problem+json, Location, Retry-After) come back as they are.
 */
@Path("/ingest/api/reports")
@Tag(name = "ingest relay", description = "ingest-service's POST /api/reports and GET /api/reports/{id}/status, "
        + "relayed for the page (see ingest-service's API for the forms and answers)")
public class IngestRelayResource {

    private static final Logger LOG = Logger.getLogger(IngestRelayResource.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "X-API-Key", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of("Location", "Retry-After");

    private final IngestRelayConfig config;
    private final HttpClient http;

    public IngestRelayResource(IngestRelayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout()).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a report (relayed to ingest-service)")
    public Response upload(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        HttpRequest.Builder request = request("/api/reports" + (query == null ? "" : "?" + query), headers)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        return relay(request, uri);
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "Where an upload is in the pipeline (relayed to ingest-service)")
    public Response status(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!ID.matcher(id).matches()) {
            return ProblemMappers.problem(400, "/problems/bad-parameter", "Bad parameter", "not a report id: " + id, uri, "id");
        }
        return relay(request("/api/reports/" + id + "/status", headers).GET(), uri);
    }

    private HttpRequest.Builder request(String path, HttpHeaders headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().replaceAll("/+$", "") + path))
                .timeout(config.timeout());
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        return request;
    }

    private Response relay(HttpRequest.Builder request, UriInfo uri) {
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder out = Response.status(answer.statusCode()).entity(answer.body());
            answer.headers().firstValue("Content-Type").ifPresent(type -> out.header("Content-Type", type));
            for (String name : RESPONSE_HEADERS) {
                answer.headers().firstValue(name).ifPresent(value -> out.header(name, value));
            }
            return out.build();
        } catch (HttpTimeoutException e) {
            return ProblemMappers.problem(504, "/problems/ingest-timeout", "Gateway Timeout",
                    "ingest-service at " + config.url() + " did not answer within " + config.timeout().toSeconds() + " s", uri, null);
        } catch (IOException e) {
            return unreachable(uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(uri, e);
        }
    }

    private Response unreachable(UriInfo uri, Exception e) {
        LOG.warnf("ingest-service at %s could not be reached: %s", config.url(), e.toString());
        return ProblemMappers.problem(502, "/problems/ingest-unreachable", "Bad Gateway",
                "ingest-service at " + config.url() + " could not be reached (" + e.getClass().getSimpleName()
                        + "); is it running? Its URL is set by REPORTLENS_QUERY_INGEST_URL", uri, null);
    }
}
