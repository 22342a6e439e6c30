package io.reportlens.ingest.rest;

import io.reportlens.ingest.model.ReprocessJob;
import io.reportlens.ingest.service.IngestProblem;
import io.reportlens.ingest.service.ReprocessService;
import io.reportlens.ingest.store.JobStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Republish the archive")
public class AdminResource {

    private final ReprocessService reprocess;
    private final JobStore jobs;

    public AdminResource(ReprocessService reprocess, JobStore jobs) {
        this.reprocess = reprocess;
        this.jobs = jobs;
    }

    @POST
    @Path("reprocess")
    @Operation(summary = "Republish stored reports: all, or those ingested in [from, to)",
            description = "answers 202 with the job; follow it at Location")
    public Response start(
            @Parameter(description = "ingested at or after: a date (UTC) or an instant", example = "2024-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "ingested before: a date (UTC) or an instant", example = "2025-01-01T00:00:00Z")
            @QueryParam("to") String to) {
        ReprocessJob job = reprocess.start(instant("from", from), instant("to", to));
        return Response.accepted(job).location(URI.create("/api/admin/reprocess/" + job.id())).build();
    }

    @GET
    @Path("reprocess/{job}")
    @Operation(summary = "A reprocessing job's progress: total, done, state")
    public ReprocessJob job(@PathParam("job") String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("no reprocessing job " + id));
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw IngestProblem.badParameter(name, name + " '" + value + "' is neither a date (YYYY-MM-DD) nor an instant");
        }
    }
}
