package io.reportlens.nlp.service;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the engine on an ingested report, bounded in time so a pathological input cannot stall the consumer. */
@ApplicationScoped
public class ExtractionService {

    private final ReportExtractor extractor = new ReportExtractor();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "extraction");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private final Timer extractionTimer;
    private final MeterRegistry registry;

    public ExtractionService(NlpConfig config, MeterRegistry registry) {
        this.timeout = config.extractionTimeout();
        this.registry = registry;
        this.extractionTimer = Timer.builder("reportlens.extraction").description("time to extract one report").register(registry);
    }

    public ReportExtracted extract(ReportIngested ingested) {
        if (ingested.reportId() == null || ingested.reportId().isBlank()) {
            throw new ExtractionFailedException("the event has no reportId");
        }
        if (ingested.text() == null || ingested.text().isBlank()) {
            throw new ExtractionFailedException("report " + ingested.reportId() + " has no text");
        }
        SourceHints hints = new SourceHints(ingested.reportId(), firstNonBlank(ingested.title(), ingested.declaredTitle()),
                ingested.publishedDate(), ingested.sourceUrl());
        ExtractionResult result = runBounded(ingested.reportId(), () -> extractor.extractText(ingested.text(), hints));
        registry.counter("reportlens.extraction.metrics").increment(result.metrics().size());
        registry.counter("reportlens.extraction.commitments").increment(result.commitments().size());
        return new ReportExtracted(ingested.reportId(), ingested.version(), ingested.previousVersionId(), ingested.sourceUrl(),
                result.extractorVersion(), Instant.now(), result.report(), result.sections(), result.metrics(),
                result.commitments(), result.text());
    }

    private ExtractionResult runBounded(String reportId, java.util.concurrent.Callable<ExtractionResult> work) {
        Future<ExtractionResult> future = workers.submit(() -> extractionTimer.recordCallable(work));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionFailedException("extraction of report " + reportId + " took longer than " + timeout, e);
        } catch (ExecutionException e) {
            throw new ExtractionFailedException("extraction of report " + reportId + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionFailedException("interrupted while extracting report " + reportId, e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
