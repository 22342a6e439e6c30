package io.reportlens.query.rest;

import io.reportlens.query.model.Page;
import io.reportlens.query.model.ReportDetail;
import io.reportlens.query.model.ReportSummary;
import io.reportlens.query.service.ReportCriteria;
import io.reportlens.query.service.ReportQueries;
import io.reportlens.query.service.Sorting;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;
import java.util.Set;

@Path("/api/reports")
@Tag(name = "reports")
public class ReportResource {

    private static final Set<String> DOC_TYPES = Set.of("summary", "plan", "summary_and_plan", "speech");
    private final ReportQueries queries;

    public ReportResource(ReportQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List reports", description = "Filters combine with AND. `regionCode` of a province or "
            + "prefecture also matches the reports of the regions under it. `Accept: text/csv` streams every match.")
    @APIResponse(responseCode = "200", description = "a page of reports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"r-20240315-qy\",\"title\":"
                    + "\"清远市卫生健康局2023年工作总结\",\"region\":\"清远市\",\"regionCode\":\"441800\",\"province\":\"广东省\","
                    + "\"docType\":\"summary\",\"periodYear\":2023,\"extractorVersion\":\"1.2.0\",\"metricCount\":41,"
                    + "\"commitmentCount\":12}],\"total\":1,\"page\":1,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "region name as stated", example = "清远市") @QueryParam("region") String region,
            @Parameter(description = "GB/T 2260 code; a province/prefecture code covers the regions under it",
                    example = "440000") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "province name", example = "广东省") @QueryParam("province") String province,
            @Parameter(description = "summary, plan, summary_and_plan or speech",
                    schema = @Schema(enumeration = {"summary", "plan", "summary_and_plan", "speech"}))
            @QueryParam("docType") String docType,
            @Parameter(description = "period year", example = "2023") @QueryParam("year") String year,
            @Parameter(description = "issuer (substring)", example = "卫生健康局") @QueryParam("issuer") String issuer,
            @Parameter(description = "published on or after (ISO date)", example = "2023-01-01")
            @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "published on or before (ISO date)", example = "2024-12-31")
            @QueryParam("publishedTo") String publishedTo,
            @Parameter(description = "full-text query over title and text", example = "医共体") @QueryParam("q") String q,
            @Parameter(description = "also list reports replaced by a newer version", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSuperseded") String includeSuperseded,
            @Parameter(description = "publishedDate, periodYear, title, region or extractedAt; prefix - for descending",
                    example = "-publishedDate") @QueryParam("sort") String sort,
            @Parameter(description = "page number from 1") @QueryParam("page") String page,
            @Parameter(description = "page size, at most 500 (default 50)") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        ReportCriteria criteria = new ReportCriteria(Params.text(region), Params.regionCode("regionCode", regionCode),
                Params.text(province), Params.oneOf("docType", docType, DOC_TYPES), Params.year("year", year),
                Params.text(issuer), Params.date("publishedFrom", publishedFrom), Params.date("publishedTo", publishedTo),
                Params.text(q), Boolean.TRUE.equals(Params.bool("includeSuperseded", includeSuperseded)));
        Sorting sorting = Sorting.parse(sort, ReportQueries.SORT_FIELDS, "-periodYear");
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("reports", List.of("id", "title", "issuer", "region", "regionCode", "province",
                            "adminLevel", "docType", "periodYear", "publishedDate", "supersededBy", "extractorVersion",
                            "metricCount", "commitmentCount", "sourceUrl"),
                    queries.all(criteria, sorting), (ReportSummary r) -> java.util.Arrays.asList(r.id(), r.title(),
                            r.issuer(), r.region(), r.regionCode(), r.province(), r.adminLevel(), r.docType(),
                            r.periodYear(), r.publishedDate(), r.supersededBy(), r.extractorVersion(), r.metricCount(),
                            r.commitmentCount(), r.sourceUrl()));
        }
        return Response.ok(queries.list(criteria, sorting, Params.paging(page, size)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One report", description = "Metadata, sections, metrics, commitments and extractor version; "
            + "`include=text` adds the normalized text every offset points into.")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportDetail.class)))
    @APIResponse(responseCode = "404", description = "unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ReportDetail get(@PathParam("id") String id,
                            @Parameter(description = "text: add the normalized text", schema = @Schema(enumeration = "text"))
                            @QueryParam("include") String include) {
        boolean withText = Params.oneOf("include", include, Set.of("text")) != null;
        ReportDetail detail = queries.get(id, withText);
        if (detail == null) {
            throw new NotFoundException("no report with id " + id);
        }
        return detail;
    }
}
