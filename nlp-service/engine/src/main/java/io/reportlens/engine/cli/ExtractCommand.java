package io.reportlens.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code extract [--threads N] OUT_DIR FILE|FOLDER...}: runs the engine on each file (a folder: every
 * report file under it) and writes {@code OUT_DIR/<name without extension>.json}, on every core
 * (one engine, shared: it is thread-safe). On a terminal a status line shows the progress; at the end
 * one line says how much was extracted and how fast. Exits 1 when a file cannot be read (each is
 * named on stderr; the others are still extracted), 2 on a usage error.
 */
public final class ExtractCommand {

    private static final String USAGE = "usage: extract [--threads N] OUT_DIR FILE|FOLDER...";

    private ExtractCommand() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int first = 0;
        if (args.length > 1 && args[0].equals("--threads")) {
            threads = Integer.parseInt(args[1]);
            first = 2;
        }
        if (args.length - first < 2 || threads < 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path outDir = Path.of(args[first]);
        List<Path> arguments = new ArrayList<>();
        for (int i = first + 1; i < args.length; i++) {
            arguments.add(Path.of(args[i]));
        }
        int failures = run(outDir, arguments, threads, System.err, System.console() != null);
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Extracts everything named; returns how many files failed. */
    static int run(Path outDir, List<Path> arguments, int threads, PrintStream status, boolean terminal)
            throws IOException, InterruptedException {
        List<Inputs.Job> jobs = Inputs.of(outDir, arguments);
        long totalBytes = 0;
        for (Inputs.Job job : jobs) {
            totalBytes += Files.isRegularFile(job.file()) ? Files.size(job.file()) : 0;
        }
        Progress progress = new Progress(jobs.size(), totalBytes, status, terminal);
        ObjectWriter json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();
        ReportExtractor extractor = new ReportExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Inputs.Job job : jobs) {
            pool.execute(() -> extractOne(job, extractor, json, progress));
        }
        pool.shutdown();
        while (!pool.awaitTermination(250, TimeUnit.MILLISECONDS)) {
            progress.draw();
        }
        if (terminal || jobs.size() > 1) {
            progress.summary();
        }
        return progress.failures();
    }

    private static void extractOne(Inputs.Job job, ReportExtractor extractor, ObjectWriter json, Progress progress) {
        try {
            byte[] content = Files.readAllBytes(job.file());
            ExtractionResult result = extractor.extract(new SourceDocument(content, null, job.file().getFileName().toString()),
                    SourceHints.none());
            Files.createDirectories(job.output().toAbsolutePath().getParent());
            json.writeValue(job.output().toFile(), result);
            progress.finished(content.length);
        } catch (UnreadableDocumentException | IOException | RuntimeException e) {
            progress.failed(job.file() + ": " + e.getMessage());
        }
    }
}
