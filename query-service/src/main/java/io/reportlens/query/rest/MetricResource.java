package io.reportlens.query.rest;

import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.model.Page;
import io.reportlens.query.service.BadParameterException;
import io.reportlens.query.service.MetricCriteria;
import io.reportlens.query.service.MetricQueries;
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
import java.util.List;

@Path("/api/metrics")
@Tag(name = "metrics")
public class MetricResource {

    private final MetricQueries queries;

    public MetricResource(MetricQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List metrics", description = "Figures stated in the reports. `year` is the year a figure "
            + "holds for (stated, else the report's period year). `Accept: text/csv` streams every match.")
    @APIResponse(responseCode = "200", description = "a page of metrics", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"m-3f2a\",\"reportId\":\"r-qy-2023\","
                    + "\"indicator\":\"家庭医生签约率\",\"indicatorId\":\"family_doctor_signing_rate\",\"value\":74.5,"
                    + "\"unit\":\"%\",\"raw\":\"74.5%\",\"comparator\":\"=\",\"kind\":\"actual\",\"year\":2023,"
                    + "\"region\":\"清远市\",\"regionCode\":\"441800\",\"text\":\"家庭医生签约率达74.5%\"}],"
                    + "\"total\":1,\"page\":1,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "catalog indicator id", example = "family_doctor_signing_rate")
            @QueryParam("indicatorId") String indicatorId,
            @Parameter(description = "indicator wording (substring)", example = "签约率") @QueryParam("indicator") String indicator,
            @Parameter(description = "actual, target, change or rank",
                    schema = @Schema(enumeration = {"actual", "target", "change", "rank"})) @QueryParam("kind") String kind,
            @Parameter(description = "unit", example = "%") @QueryParam("unit") String unit,
            @Parameter(description = "region name", example = "清远市") @QueryParam("region") String region,
            @Parameter(description = "GB/T 2260 code; a province/prefecture code covers the regions under it",
                    example = "441800") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "year the figure holds for", example = "2023") @QueryParam("year") String year,
            @Parameter(description = "lowest value", schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("minValue") String minValue,
            @Parameter(description = "highest value", schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("maxValue") String maxValue,
            @Parameter(description = "only this report's metrics") @QueryParam("reportId") String reportId,
            @Parameter(description = "also list metrics of superseded reports", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSuperseded") String includeSuperseded,
            @Parameter(description = "value or year; prefix - for descending", example = "-value") @QueryParam("sort") String sort,
            @Parameter(description = "page number from 1") @QueryParam("page") String page,
            @Parameter(description = "page size, at most 500 (default 50)") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        Double min = Params.number("minValue", minValue);
        Double max = Params.number("maxValue", maxValue);
        if (min != null && max != null && min > max) {
            throw new BadParameterException("minValue", "minValue " + min + " is above maxValue " + max);
        }
        MetricCriteria criteria = new MetricCriteria(Params.text(indicatorId), Params.text(indicator),
                Params.oneOf("kind", kind, MetricQueries.KINDS), Params.text(unit), Params.text(region),
                Params.regionCode("regionCode", regionCode), Params.year("year", year), min, max, Params.text(reportId),
                Boolean.TRUE.equals(Params.bool("includeSuperseded", includeSuperseded)));
        Sorting sorting = Sorting.parse(sort, MetricQueries.SORT_FIELDS, "-year");
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("metrics", List.of("id", "reportId", "indicator", "indicatorId", "value", "valueHigh",
                            "unit", "raw", "comparator", "kind", "year", "region", "regionCode", "province", "baseline",
                            "text", "start", "end"),
                    queries.all(criteria, sorting), (MetricRecord m) -> Arrays.asList(m.id(), m.reportId(),
                            m.indicator(), m.indicatorId(), m.value(), m.valueHigh(), m.unit(), m.raw(), m.comparator(),
                            m.kind(), m.year(), m.region(), m.regionCode(), m.province(), m.baseline(), m.text(),
                            m.start(), m.end()));
        }
        return Response.ok(queries.list(criteria, sorting, Params.paging(page, size)), MediaType.APPLICATION_JSON).build();
    }
}
