package io.reportlens.nlp.rest;

import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Runs the engine on one uploaded document and answers the result at once, storing nothing: for
 * trying the extractor on a report without going through the pipeline.
 */
@Path("/api/extract")
public class ExtractResource {

    private final ReportExtractor extractor;

    public ExtractResource(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract one document now (nothing is stored or published)")
    @APIResponse(responseCode = "200", description = "metadata, sections, metrics, commitments and the normalized text")
    @APIResponse(responseCode = "422", description = "the body is not a report that can be read (problem+json)")
    public ExtractionResult extract(byte[] body,
                                    @HeaderParam("Content-Type") String contentType,
                                    @Parameter(description = "the report's title, when known") @QueryParam("title") String title,
                                    @Parameter(description = "ISO date the report was published, when known") @QueryParam("publishedDate") String publishedDate)
            throws UnreadableDocumentException {
        return extractor.extract(new SourceDocument(body, contentType, null), new SourceHints(null, title, publishedDate, null));
    }
}
