package io.reportlens.query.rest;

import io.reportlens.query.model.Comparison;
import io.reportlens.query.model.IndicatorEntry;
import io.reportlens.query.model.Page;
import io.reportlens.query.model.RankedRegion;
import io.reportlens.query.model.Series;
import io.reportlens.query.service.BadParameterException;
import io.reportlens.query.service.IndicatorQueries;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

@Path("/api/indicators")
@Tag(name = "indicators")
public class IndicatorResource {

    private final IndicatorQueries queries;

    public IndicatorResource(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "The indicator catalog", description = "Every indicator id the metrics carry, named by its "
            + "most frequent wording, with how many metrics, regions and years the store holds.")
    @APIResponse(responseCode = "200", description = "a page of indicators", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"physicians_per_1000\",\"name\":"
                    + "\"每千常住人口执业(助理)医师数\",\"metrics\":320,\"regions\":41,\"years\":6,\"firstYear\":2019,"
                    + "\"lastYear\":2024}],\"total\":1,\"page\":1,\"size\":50}")))
    public Response catalog(@Parameter(description = "page number from 1") @QueryParam("page") String page,
                            @Parameter(description = "page size, at most 500 (default 50)") @QueryParam("size") String size,
                            @Context HttpHeaders headers) {
        List<IndicatorEntry> entries = queries.catalog();
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("indicators", List.of("id", "name", "metrics", "regions", "years", "firstYear", "lastYear"),
                    entries, (IndicatorEntry e) -> Arrays.asList(e.id(), e.name(), e.metrics(), e.regions(), e.years(),
                            e.firstYear(), e.lastYear()));
        }
        return Response.ok(Params.paging(page, size).of(entries, entry -> entry), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/series")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "An indicator's series in one region", description = "Year → actual and target figures side "
            + "by side, each with its evidence (report id, metric id, sentence).")
    @APIResponse(responseCode = "200", description = "the series", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Series.class),
            examples = @ExampleObject(name = "series", value = "{\"indicatorId\":\"physicians_per_1000\",\"regionCode\":"
                    + "\"441800\",\"years\":[{\"year\":2022,\"actual\":[{\"year\":2022,\"kind\":\"actual\",\"value\":2.33,"
                    + "\"unit\":\"人\",\"reportId\":\"r-qy-2022\",\"metricId\":\"m-1\",\"text\":\"每千常住人口执业(助理)医师2.33人\"}],"
                    + "\"target\":[]}]}")))
    @APIResponse(responseCode = "404", description = "unknown indicator", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response series(@PathParam("id") String id,
                           @Parameter(description = "GB/T 2260 code of the region", required = true, example = "441800")
                           @QueryParam("regionCode") String regionCode,
                           @Context HttpHeaders headers) {
        String code = Params.regionCode("regionCode", regionCode);
        if (code == null) {
            throw new BadParameterException("regionCode", "regionCode is required");
        }
        requireKnown(id);
        Series series = queries.series(id, code);
        Series answer = series == null ? new Series(id, code, List.of()) : series;
        if (Negotiation.wantsCsv(headers)) {
            List<Object[]> rows = answer.years().stream().flatMap(y -> Stream.concat(
                    y.actual().stream(), y.target().stream())).map(p -> new Object[] {p.year(), p.kind(), p.value(),
                    p.valueHigh(), p.unit(), p.comparator(), p.indicator(), p.reportId(), p.metricId(), p.text()}).toList();
            return Csv.stream("series", List.of("year", "kind", "value", "valueHigh", "unit", "comparator", "indicator",
                    "reportId", "metricId", "text"), rows, Arrays::asList);
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/compare")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Regions of a province ranked by an indicator's actual value in a year")
    @APIResponse(responseCode = "200", description = "the ranking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Comparison.class),
            examples = @ExampleObject(name = "ranking", value = "{\"indicatorId\":\"family_doctor_signing_rate\","
                    + "\"year\":2023,\"province\":\"广东省\",\"regions\":[{\"rank\":1,\"regionCode\":\"441800\","
                    + "\"region\":\"清远市\",\"value\":74.5,\"unit\":\"%\",\"reportId\":\"r-qy-2023\"}]}")))
    @APIResponse(responseCode = "404", description = "unknown indicator", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response compare(@PathParam("id") String id,
                            @Parameter(description = "year", required = true, example = "2023") @QueryParam("year") String year,
                            @Parameter(description = "province name or GB/T 2260 code", required = true, example = "广东省")
                            @QueryParam("province") String province,
                            @Parameter(description = "desc (highest first, default) or asc",
                                    schema = @Schema(enumeration = {"desc", "asc"})) @QueryParam("order") String order,
                            @Context HttpHeaders headers) {
        Integer y = Params.year("year", year);
        if (y == null) {
            throw new BadParameterException("year", "year is required");
        }
        String p = Params.text(province);
        if (p == null) {
            throw new BadParameterException("province", "province is required");
        }
        boolean ascending = "asc".equals(Params.oneOf("order", order, Set.of("asc", "desc")));
        requireKnown(id);
        Comparison comparison = queries.compare(id, y, p, ascending);
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("compare", List.of("rank", "regionCode", "region", "value", "unit", "reportId", "metricId",
                    "text"), comparison.regions(), (RankedRegion r) -> Arrays.asList(r.rank(), r.regionCode(), r.region(),
                    r.value(), r.unit(), r.reportId(), r.metricId(), r.text()));
        }
        return Response.ok(comparison, MediaType.APPLICATION_JSON).build();
    }

    private void requireKnown(String id) {
        if (!queries.exists(id)) {
            throw new NotFoundException("no indicator with id " + id);
        }
    }
}
