package io.reportlens.ingest.rest;

import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.service.ApiKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Set;

/** Writes (POST, PUT, PATCH, DELETE under /api) need a configured key in X-API-Key when keys are set. */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiKeys keys;

    public ApiKeyFilter(IngestConfig config) {
        this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return null;
        }
        return switch (keys.check(request.getHeaderString(HEADER))) {
            case ALLOWED -> null;
            case MISSING -> Response.fromResponse(Problems.response(Problems.of(401, "api-key-missing", "API key missing",
                    "this service needs an API key in the " + HEADER + " header for writes", path)))
                    .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
            case WRONG -> Problems.response(Problems.of(403, "api-key-wrong", "API key not accepted",
                    "the API key in " + HEADER + " is not one of this service's keys", path));
        };
    }
}
