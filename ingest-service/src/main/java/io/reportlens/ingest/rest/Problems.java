package io.reportlens.ingest.rest;

import io.reportlens.ingest.model.Problem;
import io.reportlens.ingest.service.IngestProblem;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://reportlens.io/problems/";

    private Problems() {
    }

    public static Problem of(IngestProblem p, String instance) {
        return new Problem(TYPE_BASE + p.kind(), p.title(), p.status(), p.getMessage(), instance, p.parameter());
    }

    public static Problem of(int status, String kind, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + kind, title, status, detail, instance, null);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
