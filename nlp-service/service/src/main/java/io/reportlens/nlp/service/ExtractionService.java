package io.reportlens.nlp.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.ExtractionResult;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.nlp.config.NlpConfig;
import io.reportlens.nlp.model.ReportExtracted;
import io.reportlens.nlp.model.ReportIngested;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs the engine on ingested reports, several at a time (one per processor unless configured), each
 * bounded in time so a pathological input cannot stall the consumer: a report that takes too long is
 * given up (its thread is abandoned, not reused) and its slot goes to the next.
 */
@ApplicationScoped
public class ExtractionService {

    private final ReportExtractor extractor;
    private final Duration timeout;
    private final BoundedWorkers workers;
    private final Timer extractionTimer;
    private final Counter reports;
    private final Counter metrics;
    private final Counter commitments;

    public ExtractionService(ReportExtractor extractor, NlpConfig config, MeterRegistry registry) {
        this.extractor = extractor;
        this.timeout = config.extractionTimeout();
        int threads = config.extractionThreads() > 0 ? config.extractionThreads() : Runtime.getRuntime().availableProcessors();
        this.workers = new BoundedWorkers(threads, timeout, "extraction");
        this.extractionTimer = Timer.builder("reportlens.extraction").description("time to extract one report").register(registry);
        this.reports = registry.counter("reportlens.extraction.reports");
        this.metrics = registry.counter("reportlens.extraction.metrics");
        this.commitments = registry.counter("reportlens.extraction.commitments");
    }

    /**
     * Extracts every report and applies {@code then} to each result on the same worker; the futures
     * are in the order of {@code ingested}. One that fails or times out completes with an
     * {@link ExtractionFailedException} naming the report. Blocks while every slot is busy.
     */
    public <T> List<CompletableFuture<T>> extractAll(List<ReportIngested> ingested, Function<ReportExtracted, T> then) {
        List<CompletableFuture<T>> results = new ArrayList<>(ingested.size());
        for (ReportIngested report : ingested) {
            results.add(submit(report, then));
        }
        return results;
    }

    /** Extracts one report on the calling thread, without a time bound. */
    public ReportExtracted extract(ReportIngested ingested) {
        if (ingested.reportId() == null || ingested.reportId().isBlank()) {
            throw new ExtractionFailedException("the event has no reportId");
        }
        if (ingested.text() == null || ingested.text().isBlank()) {
            throw new ExtractionFailedException("report " + ingested.reportId() + " has no text");
        }
        SourceHints hints = new SourceHints(ingested.reportId(), firstNonBlank(ingested.title(), ingested.declaredTitle()),
                ingested.publishedDate(), ingested.sourceUrl());
        ExtractionResult result = extractionTimer.record(() -> extractor.extractText(ingested.text(), hints));
        reports.increment();
        metrics.increment(result.metrics().size());
        commitments.increment(result.commitments().size());
        return new ReportExtracted(ingested.reportId(), ingested.version(), ingested.previousVersionId(), ingested.sourceUrl(),
                result.extractorVersion(), Instant.now(), result.report(), result.sections(), result.metrics(),
                result.commitments(), result.text());
    }

    private <T> CompletableFuture<T> submit(ReportIngested report, Function<ReportExtracted, T> then) {
        return workers.submit(() -> {
            try {
                return then.apply(extract(report));
            } catch (ExtractionFailedException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                throw new ExtractionFailedException("extraction of report " + report.reportId() + " failed: " + e, e);
            }
        }, () -> new ExtractionFailedException("extraction of report " + report.reportId() + " took longer than " + timeout));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    @PreDestroy
    void shutdown() {
        workers.close();
    }
}
