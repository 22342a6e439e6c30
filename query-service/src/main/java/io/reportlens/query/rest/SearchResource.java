package io.reportlens.query.rest;

import io.reportlens.query.model.Page;
import io.reportlens.query.model.SearchHit;
import io.reportlens.query.service.Paging;
import io.reportlens.query.service.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/search")
@Tag(name = "search")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Full-text search in Chinese", description = "Over report texts, metric indicators and "
            + "commitments; the query is matched literally (no operators). Snippets are HTML-escaped with each "
            + "match in <mark>.")
    @APIResponse(responseCode = "200", description = "a page of hits", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Page.class),
            examples = @ExampleObject(name = "hits", value = "{\"items\":[{\"type\":\"report\",\"id\":\"r-qy-2023\","
                    + "\"reportId\":\"r-qy-2023\",\"title\":\"清远市卫生健康局2023年工作总结\",\"snippet\":"
                    + "\"…紧密型县域<mark>医共体</mark>建设全面推开…\",\"matches\":3}],\"total\":1,\"page\":1,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "missing or too long q", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "the text to find", required = true, example = "医共体") @QueryParam("q") String q,
                           @Parameter(description = "only hits of this type",
                                   schema = @Schema(enumeration = {"report", "metric", "commitment"}))
                           @QueryParam("type") String type,
                           @Parameter(description = "page number from 1") @QueryParam("page") String page,
                           @Parameter(description = "page size, at most 500 (default 50)") @QueryParam("size") String size,
                           @Context HttpHeaders headers) {
        String only = Params.oneOf("type", type, Set.of("report", "metric", "commitment"));
        Paging paging = Params.paging(page, size);
        List<SearchHit> hits = search.search(q).stream().filter(h -> only == null || h.type().equals(only)).toList();
        if (Negotiation.wantsCsv(headers)) {
            return Csv.stream("search", List.of("type", "id", "reportId", "title", "snippet", "matches"), hits,
                    (SearchHit h) -> Arrays.asList(h.type(), h.id(), h.reportId(), h.title(), h.snippet(), h.matches()));
        }
        Page<SearchHit> result = paging.of(hits, hit -> hit);
        return Response.ok(result, MediaType.APPLICATION_JSON).build();
    }
}
