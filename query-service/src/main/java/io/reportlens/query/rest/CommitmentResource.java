package io.reportlens.query.rest;

import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.DeadlineInfo;
import io.reportlens.query.model.Page;
import io.reportlens.query.service.CommitmentCriteria;
import io.reportlens.query.service.CommitmentQueries;
import io.reportlens.query.service.FollowThrough;
import io.reportlens.query.service.Sorting;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

@Path("/api/commitments")
@Tag(name = "commitments")
public class CommitmentResource {

    private final CommitmentQueries queries;

    public CommitmentResource(CommitmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List commitments", description = "Promises found in plan passages, with their follow-through "
            + "`status`: met / not_met (a later report of the same region states the target indicator's actual value; "
            + "`evidenceMetricId` names it), pending (deadline not passed), no_evidence (passed, nothing stated), "
            + "untracked (no target indicator or deadline). `due` is the latest deadline.")
    @APIResponse(responseCode = "200", description = "a page of commitments", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"c-91ab\",\"reportId\":\"r-qy-2023\","
                    + "\"text\":\"年内家庭医生签约率达到75%以上\",\"strength\":\"normal\",\"topic\":\"基层卫生\","
                    + "\"measurable\":true,\"regionCode\":\"441800\",\"year\":2023,\"due\":\"2023-12-31\","
                    + "\"status\":\"met\",\"evidenceMetricId\":\"m-77c0\",\"evidenceReportId\":\"r-qy-2024\","
                    + "\"evidenceValue\":76.2,\"evidenceYear\":2024}],\"total\":1,\"page\":1,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "region name", example = "清远市") @QueryParam("region") String region,
            @Parameter(description = "GB/T 2260 code; a province/prefecture code covers the regions under it",
                    example = "441800") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "the report's period year", example = "2024") @QueryParam("year") String year,
            @Parameter(description = "topic", example = "基层卫生") @QueryParam("topic") String topic,
            @Parameter(description = "firm, aspirational or normal",
                    schema = @Schema(enumeration = {"firm", "aspirational", "normal"})) @QueryParam("strength") String strength,
            @Parameter(description = "met, not_met, pending, no_evidence or untracked",
                    schema = @Schema(enumeration = {"met", "not_met", "pending", "no_evidence", "untracked"}))
            @QueryParam("status") String status,
            @Parameter(description = "due on or before (ISO date)", example = "2024-12-31") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "due on or after (ISO date)", example = "2024-01-01") @QueryParam("dueAfter") String dueAfter,
            @Parameter(description = "only measurable ones (or not)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("measurable") String measurable,
            @Parameter(description = "full-text query over the commitment's text", example = "医共体") @QueryParam("q") String q,
            @Parameter(description = "only this report's commitments") @QueryParam("reportId") String reportId,
            @Parameter(description = "also list commitments of superseded reports", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSuperseded") String includeSuperseded,
            @Parameter(description = "due or year; prefix - for descending", example = "due") @QueryParam("sort") String sort,
            @Parameter(description = "page number from 1") @QueryParam("page") String page,
            @Parameter(description = "page size, at most 500 (default 50)") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        CommitmentCriteria criteria = new CommitmentCriteria(Params.text(region),
                Params.regionCode("regionCode", regionCode), Params.year("year", year), Params.text(topic),
                Params.oneOf("strength", strength, CommitmentQueries.STRENGTHS),
                Params.oneOf("status", status, new HashSet<>(FollowThrough.STATUSES)),
                Params.date("dueBefore", dueBefore), Params.date("dueAfter", dueAfter),
                Params.bool("measurable", measurable), Params.text(q), Params.text(reportId),
                Boolean.TRUE.equals(Params.bool("includeSuperseded", includeSuperseded)));
        Sorting sorting = Sorting.parse(sort, CommitmentQueries.SORT_FIELDS, "due");
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("commitments", List.of("id", "reportId", "text", "action", "object", "deadlines", "due",
                            "strength", "owner", "topic", "measurable", "region", "regionCode", "year", "status",
                            "evidenceMetricId", "evidenceReportId", "evidenceValue", "evidenceYear"),
                    queries.all(criteria, sorting), (CommitmentRecord c) -> Arrays.asList(c.id(), c.reportId(),
                            c.text(), c.action(), c.object(),
                            c.deadlines().stream().map(DeadlineInfo::raw).collect(Collectors.joining("; ")), c.due(),
                            c.strength(), c.owner(), c.topic(), c.measurable(), c.region(), c.regionCode(), c.year(),
                            c.status(), c.evidenceMetricId(), c.evidenceReportId(), c.evidenceValue(), c.evidenceYear()));
        }
        return Response.ok(queries.list(criteria, sorting, Params.paging(page, size)), MediaType.APPLICATION_JSON).build();
    }
}
