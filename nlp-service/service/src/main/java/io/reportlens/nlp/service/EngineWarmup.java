package io.reportlens.nlp.service;

import io.quarkus.runtime.StartupEvent;
import io.reportlens.engine.ReportExtractor;
import io.reportlens.engine.model.SourceHints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Runs the engine on two bundled reports (Simplified and Traditional script) at start-up, so its
 * data (the division gazetteer, the indicator catalog, the script converter's dictionaries) is
 * loaded and its code compiled before the first real report arrives rather than while it waits.
 * The service reports ready only after this.
 */
@ApplicationScoped
public class EngineWarmup {

    private static final Logger LOG = Logger.getLogger(EngineWarmup.class);
    private static final List<String> SAMPLES = List.of("warmup-report.txt", "warmup-report-traditional.txt");
    private static final Duration BUDGET = Duration.ofSeconds(2);

    private final ReportExtractor extractor;
    private volatile boolean done;

    public EngineWarmup(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::warmUp, "engine-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean done() {
        return done;
    }

    private void warmUp() {
        long start = System.nanoTime();
        int rounds = 0;
        try {
            List<String> texts = SAMPLES.stream().map(EngineWarmup::read).toList();
            // At least one round; more while within the budget, so the hot paths get compiled.
            do {
                for (String text : texts) {
                    extractor.extractText(text, SourceHints.none());
                }
                rounds++;
            } while (System.nanoTime() - start < BUDGET.toNanos() / 2);
            LOG.debugf("engine warmed up: %d rounds in %d ms", rounds, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf("engine warm-up failed (the first report will load the engine): %s", e.toString());
        } finally {
            done = true;
        }
    }

    private static String read(String name) {
        try (InputStream in = EngineWarmup.class.getResourceAsStream("/io/reportlens/nlp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
