package io.reportlens.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.reportlens.ingest.model.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers bodies over the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) with a
 * 413 problem, as every other error, instead of Vert.x's bare status: before Quarkus' own check
 * when the Content-Length says so, and as a failure handler when a streamed body runs over.
 */
@ApplicationScoped
public class HttpLimitProblems {

    /** Just before Quarkus' upload limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int ORDER = -3;

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public HttpLimitProblems(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkDeclaredLength);
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                reject(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    reject(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x rejects a malformed Content-Length itself.
            }
        }
        ctx.next();
    }

    private void reject(RoutingContext ctx) {
        Problem problem = Problems.of(413, "too-large", "Content too large",
                "the request body is larger than " + maxBodyBytes + " bytes, the most this service takes", ctx.request().path());
        try {
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
