package io.reportlens.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoException;
import io.reportlens.ingest.config.IngestConfig;
import io.reportlens.ingest.model.BatchLineResult;
import io.reportlens.ingest.model.IngestResponse;
import io.reportlens.ingest.model.Problem;
import io.reportlens.ingest.model.ReportStatus;
import io.reportlens.ingest.model.ReportView;
import io.reportlens.ingest.model.StoredReport;
import io.reportlens.ingest.model.Upload;
import io.reportlens.ingest.service.IngestProblem;
import io.reportlens.ingest.service.IngestResult;
import io.reportlens.ingest.service.IngestService;
import io.reportlens.ingest.service.JsonUploadParser;
import io.reportlens.ingest.service.QueryServiceClient;
import io.reportlens.ingest.service.ReprocessService;
import io.reportlens.ingest.service.UploadChecker;
import io.reportlens.ingest.store.ReportStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

@Path("/api/reports")
@Tag(name = "reports", description = "Upload reports and follow them through the pipeline")
public class ReportsResource {

    private static final String NDJSON = "application/x-ndjson";
    private static final String ACCEPTED_EXAMPLE = """
            {"id":"0b6c5c1e-3d0a-4a43-9a59-0c1f1d7e9a11","status":"pending","duplicate":false,"version":1,
             "previousVersionId":null,"location":"/api/reports/0b6c5c1e-3d0a-4a43-9a59-0c1f1d7e9a11"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://reportlens.io/problems/content-type-mismatch","title":"Content type mismatch","status":415,
             "detail":"the content was declared application/pdf but is text","instance":"/api/reports"}""";

    private final IngestService ingest;
    private final ReportStore store;
    private final ReprocessService reprocess;
    private final QueryServiceClient query;
    private final UploadChecker checker;
    private final JsonUploadParser jsonParser;
    private final long maxDocumentBytes;

    public ReportsResource(IngestService ingest, ReportStore store, ReprocessService reprocess, QueryServiceClient query,
                           UploadChecker checker, ObjectMapper json, IngestConfig config) {
        this.ingest = ingest;
        this.store = store;
        this.reprocess = reprocess;
        this.query = query;
        this.checker = checker;
        this.maxDocumentBytes = config.maxDocumentBytes();
        this.jsonParser = new JsonUploadParser(json, maxDocumentBytes);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a report as a raw body",
            description = "text/plain or text/html (charset optional: it is detected), application/pdf, DOCX, or "
                    + "application/octet-stream (the format is then sniffed). Metadata go in query parameters. "
                    + "202 with the new report; 200 with the existing one when the same text was uploaded before.")
    @RequestBody(content = {
            @Content(mediaType = "text/plain", example = "某某市卫生健康委员会2024年工作总结\n\n2024年，全市卫生健康系统……"),
            @Content(mediaType = "text/html"), @Content(mediaType = "application/pdf"),
            @Content(mediaType = UploadChecker.DOCX), @Content(mediaType = "application/octet-stream")})
    @APIResponse(responseCode = "202", description = "stored; the reports.ingested event follows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResponse.class),
                    examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the same content was stored before: its report, duplicate=true")
    @APIResponse(responseCode = "400", description = "empty body or a bad parameter",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "over the size limit", content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "unsupported, mismatched or binary content",
            content = @Content(mediaType = Problems.MEDIA_TYPE, examples = @ExampleObject(name = "mismatch", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "unreadable, damaged, a compression bomb, or no Chinese text",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "the store is down; retry after Retry-After seconds",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    public Response uploadRaw(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @Parameter(description = "the page the report was taken from", example = "https://wsjkw.example.gov.cn/art/2024/1/5/art_1.html")
                              @QueryParam("sourceUrl") String sourceUrl,
                              @Parameter(description = "the title as the uploader knows it") @QueryParam("title") String title,
                              @Parameter(description = "publication date, YYYY-MM-DD", example = "2024-01-05")
                              @QueryParam("publishedDate") String publishedDate) {
        byte[] content = readBounded(body);
        return answer(ingest.ingest(new Upload(content, contentType, null, sourceUrl, title, publishedDate)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a report as a multipart form", description = "a `file` part plus the metadata as fields")
    @APIResponse(responseCode = "202", description = "stored", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    public Response uploadForm(@RestForm("file") FileUpload file, @RestForm String sourceUrl, @RestForm String title,
                               @RestForm String publishedDate) {
        if (file == null) {
            throw IngestProblem.badParameter("file", "the form has no 'file' part");
        }
        if (file.size() > maxDocumentBytes) {
            throw checker.tooLarge(file.size());
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(ingest.ingest(new Upload(content, file.contentType(), file.fileName(), sourceUrl, title, publishedDate)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a report as JSON",
            description = "{ sourceUrl, title, publishedDate, and exactly one of text | html | contentBase64 (+ contentType) }")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "text", value = """
            {"sourceUrl":"https://wsjkw.example.gov.cn/art/2024/1/5/art_1.html","title":"2023年工作总结",
             "publishedDate":"2024-01-05","text":"2023年，全市卫生健康系统……"}""")))
    @APIResponse(responseCode = "202", description = "stored", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    public Response uploadJson(String body) {
        return answer(ingest.ingest(jsonParser.parse(body)));
    }

    @POST
    @Path("batch")
    @Consumes({NDJSON, "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload many reports as NDJSON",
            description = "one JSON upload per line; answers 200 with one result per non-blank line: the status the single "
                    + "upload would have had, and the report id or the problem")
    @RequestBody(content = @Content(mediaType = NDJSON, example = """
            {"sourceUrl":"https://a.example.gov.cn/1.html","text":"2023年工作总结……"}
            {"sourceUrl":"https://a.example.gov.cn/2.html","html":"<p>2024年工作要点……</p>"}"""))
    @APIResponse(responseCode = "200", description = "per-line results",
            content = @Content(schema = @Schema(implementation = BatchLineResult[].class)))
    public List<BatchLineResult> uploadBatch(InputStream body) {
        List<BatchLineResult> results = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    results.add(batchLine(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    private BatchLineResult batchLine(int number, String line) {
        String instance = "/api/reports/batch#line=" + number;
        try {
            IngestResult result = ingest.ingest(jsonParser.parse(line));
            StoredReport r = result.report();
            return new BatchLineResult(number, result.duplicate() ? 200 : 202, r.id(), result.duplicate(), r.version(), null);
        } catch (IngestProblem p) {
            return new BatchLineResult(number, p.status(), null, null, null, Problems.of(p, instance));
        } catch (MongoException e) {
            return new BatchLineResult(number, 503, null, null, null, ProblemMappers.storeProblem(instance));
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored report's metadata and delivery state (not its content)")
    @APIResponse(responseCode = "404", description = "no such report", content = @Content(mediaType = Problems.MEDIA_TYPE))
    public ReportView get(@PathParam("id") String id) {
        return ReportView.of(find(id));
    }

    @GET
    @Path("{id}/content")
    @Operation(summary = "The report's bytes as uploaded, with their content type")
    public Response content(@PathParam("id") String id) {
        StoredReport report = find(id);
        return Response.ok(store.content(report), report.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, report.sizeBytes()).build();
    }

    @GET
    @Path("{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored, published (outbox state) and extracted (asking query-service)")
    public ReportStatus status(@PathParam("id") String id) {
        StoredReport report = find(id);
        QueryServiceClient.Extraction extraction = query.extraction(id);
        return new ReportStatus(id, true, StoredReport.PUBLISHED.equals(report.state()),
                report.publishedAt() == null ? null : report.publishedAt().toString(), report.state(),
                extraction.extracted(), extraction.note());
    }

    @POST
    @Path("{id}/reprocess")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the report again (a new event id, the same report id), e.g. for a new extractor")
    @APIResponse(responseCode = "202", description = "queued for republication")
    public Response reprocess(@PathParam("id") String id) {
        String eventId = reprocess.reprocess(id).orElseThrow(() -> notFound(id));
        return Response.accepted(new Reprocessed(id, eventId)).build();
    }

    /** A report queued for republication and the id its new event will carry. */
    public record Reprocessed(String id, String eventId) {
    }

    private StoredReport find(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no report with id " + id);
    }

    private Response answer(IngestResult result) {
        IngestResponse response = IngestResponse.of(result.report(), result.duplicate());
        return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .location(URI.create(response.location())).entity(response).build();
    }

    private byte[] readBounded(InputStream body) {
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
            if (content.length > maxDocumentBytes) {
                throw IngestProblem.tooLarge("the document has more than " + maxDocumentBytes + " bytes, the most accepted");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
