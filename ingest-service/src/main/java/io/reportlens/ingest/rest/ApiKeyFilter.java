package io.reportlens.ingest.rest;

import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.service.ApiKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Set;

/**
 * Who may do what. Writes (POST, PUT, PATCH, DELETE) under /api need an upload key in X-API-Key
 * when upload keys are set. Everything under /api/admin (archive-wide operations) needs an operator
 * key when keys of either kind are set: an upload key gets 403 there.
 */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";
    private static final String ADMIN = "/api/admin";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiKeys uploaders;
    private final ApiKeys operators;
    private final boolean adminOpen;

    public ApiKeyFilter(IngestConfig config) {
        List<String> upload = config.apiKeys().orElse(List.of());
        List<String> operator = config.operatorKeys().orElse(List.of());
        this.uploaders = new ApiKeys(upload);
        this.operators = new ApiKeys(operator);
        this.adminOpen = uploaders.none() && operators.none();
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String key = request.getHeaderString(HEADER);
        if (path.equals(ADMIN) || path.startsWith(ADMIN + "/")) {
            return adminOpen ? null : operator(key, path);
        }
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return null;
        }
        return switch (uploaders.check(key)) {
            case ALLOWED -> null;
            case MISSING -> missing(path, "writes");
            case WRONG -> Problems.response(Problems.of(403, "api-key-wrong", "API key not accepted",
                    "the API key in " + HEADER + " is not one of this service's keys", path));
        };
    }

    private Response operator(String key, String path) {
        if (operators.none()) {
            return Problems.response(Problems.of(403, "operator-key-needed", "Operator key needed",
                    "archive-wide operations need an operator key, and none is configured (REPORTLENS_INGEST_OPERATOR_KEYS)", path));
        }
        return switch (operators.check(key)) {
            case ALLOWED -> null;
            case MISSING -> missing(path, "archive-wide operations");
            case WRONG -> Problems.response(Problems.of(403, "operator-key-needed", "Operator key needed",
                    uploaders.check(key) == ApiKeys.Verdict.ALLOWED
                            ? "this is an upload key; archive-wide operations need an operator key"
                            : "the API key in " + HEADER + " is not one of this service's operator keys", path));
        };
    }

    private static Response missing(String path, String what) {
        return Response.fromResponse(Problems.response(Problems.of(401, "api-key-missing", "API key missing",
                        "this service needs an API key in the " + HEADER + " header for " + what, path)))
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
    }
}
