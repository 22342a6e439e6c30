package io.reportlens.query.rest;

import io.reportlens.query.service.BadParameterException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as RFC 9457 problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        return problem(400, "/problems/bad-parameter", "Bad parameter", e.getMessage(), uri, e.parameter());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String type = status == 404 ? "/problems/not-found" : "/problems/http-" + status;
        return problem(status, type, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("request failed", e);
        return problem(500, "/problems/internal", "Internal Server Error", "the request could not be answered", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, String parameter) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri.getPath(), parameter)).build();
    }
}
