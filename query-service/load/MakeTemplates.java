import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reportlens.engine.read.DocumentReader;
import io.reportlens.engine.read.ReadDocument;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.nlp.config.NlpConfig;
import io.reportlens.nlp.model.ReportExtracted;
import io.reportlens.nlp.model.ReportIngested;
import io.reportlens.nlp.service.ExtractionService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes the load benchmark's templates: for each document, the {@code data} of the {@code reports.extracted}
 * event the pipeline would publish for it. Run by make-templates.sh (java's source launcher, on nlp-service's
 * classpath): {@code MakeTemplates OUT_DIR FILE...} → {@code OUT_DIR/<file name without extension>.json}.
 *
 * <p>The path is the pipeline's own: ingest-service reads the bytes with the engine's {@link DocumentReader}
 * (its text and declared title go into {@code reports.ingested}), nlp-service's {@link ExtractionService}
 * extracts that event into a {@link ReportExtracted}, which {@code CloudEvents} turns into the event's data
 * with Jackson (dates as ISO strings, nulls kept, as Quarkus's mapper does). Only {@code extractedAt} is
 * pinned, so regenerating the templates from unchanged documents and engine changes no byte.
 */
public final class MakeTemplates {

    private static final String EXTRACTED_AT = "2025-01-01T00:00:00Z";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MakeTemplates OUT_DIR FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        NlpConfig config = new NlpConfig() {
            @Override
            public Duration extractionTimeout() {
                return Duration.ofMinutes(5);
            }

            @Override
            public String eventSource() {
                return "/reportlens/nlp-service";
            }
        };
        ExtractionService extraction = new ExtractionService(config, new SimpleMeterRegistry());
        DocumentReader reader = new DocumentReader();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = baseName(file);
            byte[] bytes = Files.readAllBytes(file);
            String contentType = file.toString().endsWith(".html") ? "text/html" : "text/plain";
            ReadDocument read = reader.read(new SourceDocument(bytes, contentType, file.getFileName().toString()));
            ReportIngested ingested = new ReportIngested("template-" + name, 1, null, null, null, null, contentType,
                    read.format(), read.charset(), read.title(), null, (long) bytes.length, read.text(), null);
            ReportExtracted extracted = extraction.extract(ingested);
            ObjectNode data = json.valueToTree(extracted);
            data.put("extractedAt", EXTRACTED_AT);
            Path target = out.resolve(name + ".json");
            json.writeValue(target.toFile(), data);
            System.out.printf("%s: %d metrics, %d commitments, %d sections, %d chars of text, region %s %s, %s %s%n",
                    target, extracted.metrics().size(), extracted.commitments().size(), extracted.sections().size(),
                    extracted.text().length(), extracted.report().region(), extracted.report().regionCode(),
                    extracted.report().docType(), extracted.report().periodYear());
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
