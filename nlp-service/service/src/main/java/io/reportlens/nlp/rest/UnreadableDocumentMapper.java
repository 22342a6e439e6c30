package io.reportlens.nlp.rest;

import io.reportlens.engine.read.UnreadableDocumentException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A document the engine cannot read is the caller's to fix: 422 with the reason. */
@Provider
public class UnreadableDocumentMapper implements ExceptionMapper<UnreadableDocumentException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(UnreadableDocumentException e) {
        Problem problem = new Problem("https://reportlens.io/problems/unreadable-document", "Unreadable document", 422,
                e.getMessage(), uri == null ? null : uri.getPath());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
