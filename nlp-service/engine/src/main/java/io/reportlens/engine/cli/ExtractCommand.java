package io.reportlens.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code extract OUT_DIR FILE...}: runs the engine on each file and writes
 * {@code OUT_DIR/<name without extension>.json}. Exits 1, naming the file, when a file cannot be read.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: extract OUT_DIR FILE...");
            System.exit(2);
        }
        Path outDir = Path.of(args[0]);
        Files.createDirectories(outDir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ReportExtractor extractor = new ReportExtractor();
        int failures = 0;
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            try {
                ExtractionResult result = extractor.extract(
                        new SourceDocument(Files.readAllBytes(file), null, file.getFileName().toString()),
                        SourceHints.none());
                json.writeValue(outDir.resolve(baseName(file) + ".json").toFile(), result);
            } catch (UnreadableDocumentException | IOException e) {
                System.err.println(file + ": " + e.getMessage());
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
