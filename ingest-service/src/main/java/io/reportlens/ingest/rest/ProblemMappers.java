package io.reportlens.ingest.rest;

import com.mongodb.MongoException;
import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.service.IngestProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final int retryAfterSeconds;

    public ProblemMappers(IngestConfig config) {
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    @ServerExceptionMapper
    public Response ingestProblem(IngestProblem problem, UriInfo uri) {
        return Problems.response(Problems.of(problem, uri.getPath()));
    }

    /** The store is down or failing: nothing was stored; the caller should retry. */
    @ServerExceptionMapper
    public Response storeUnavailable(MongoException e, UriInfo uri) {
        LOG.warnf("store unavailable: %s", e.toString());
        Response problem = Problems.response(storeProblem(uri.getPath()));
        return Response.fromResponse(problem).header("Retry-After", retryAfterSeconds).build();
    }

    public static io.reportlens.ingest.model.Problem storeProblem(String instance) {
        return Problems.of(503, "store-unavailable", "Store unavailable",
                "the report store cannot be reached; nothing was stored, retry later", instance);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR && family != Response.Status.Family.SERVER_ERROR) {
            return e.getResponse();
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problems.response(Problems.of(status, "http-" + status, reason, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error", e);
        return Problems.response(Problems.of(500, "internal-error", "Internal error",
                "the service failed unexpectedly; nothing may have been stored", uri.getPath()));
    }
}
