package io.reportlens.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** nlp-service's settings, under {@code reportlens.nlp.*}. */
@ConfigMapping(prefix = "reportlens.nlp")
public interface NlpConfig {

    /** A report whose extraction takes longer is given up and sent to the dead-letter topic. */
    @WithDefault("PT30S")
    Duration extractionTimeout();

    /** Reports extracted at the same time; 0 means one per processor. */
    @WithDefault("0")
    int extractionThreads();

    /** The CloudEvents {@code source} of the events this service publishes. */
    @WithDefault("/reportlens/nlp-service")
    String eventSource();

    Topics topics();

    Consumer consumer();

    /**
     * Kafka producer settings over the service's own (acks=all, idempotence, lz4, 16 MB requests):
     * {@code reportlens.nlp.producer."linger.ms"=20}.
     */
    Map<String, String> producer();

    interface Topics {
        @WithDefault("reports.ingested")
        String ingested();

        @WithDefault("reports.ingested.dlq")
        String deadLetter();

        @WithDefault("reports.extracted")
        String reports();

        @WithDefault("metrics.extracted")
        String metrics();

        @WithDefault("commitments.extracted")
        String commitments();
    }

    interface Consumer {
        /** Instances with the same group share the partitions of {@code reports.ingested}. */
        @WithDefault("nlp-service")
        String groupId();

        /** Most reports taken in one poll, extracted together and acknowledged once. */
        @WithDefault("64")
        int maxPollRecords();

        /** How long to wait before taking a batch again after its results could not be published. */
        @WithDefault("PT1S")
        Duration retryBackoff();

        /** Whether this instance consumes at all (off: only {@code POST /api/extract} is served). */
        @WithDefault("true")
        boolean enabled();

        /** Kafka consumer settings over the service's own: {@code reportlens.nlp.consumer.kafka."fetch.max.wait.ms"=100}. */
        Map<String, String> kafka();
    }
}
