package io.reportlens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** ingest-service's settings, under {@code reportlens.ingest.*}. */
@ConfigMapping(prefix = "reportlens.ingest")
public interface IngestConfig {

    /** Largest document accepted (raw bytes, after base64 decoding); larger answers 413. */
    @WithDefault("20971520")
    long maxDocumentBytes();

    /** Largest text a document may yield (UTF-8 bytes): the text travels inside the event. */
    @WithDefault("15728640")
    long maxTextBytes();

    /** A ZIP (DOCX) may inflate to at most this many bytes in total. */
    @WithDefault("209715200")
    long maxInflatedBytes();

    /** ... and to at most this many times its compressed size. */
    @WithDefault("100")
    int maxInflateRatio();

    /** Reading one document (DOCX/PDF/HTML to text) may take at most this long. */
    @WithDefault("20s")
    Duration readTimeout();

    /** A report needs at least this many Chinese characters. */
    @WithDefault("5")
    int minChineseChars();

    /** Upload keys (the scrapers'); when any is set, writes need one in X-API-Key. */
    Optional<List<String>> apiKeys();

    /**
     * Operator keys: the archive-wide operations under {@code /api/admin} need one of these in
     * X-API-Key (an upload key gets 403 there). With upload keys set and no operator key, those
     * operations are refused to everyone.
     */
    Optional<List<String>> operatorKeys();

    /**
     * Whether the service may start with writes open (no upload key or no operator key configured).
     * The {@code production} profile sets it to false: such a service refuses to start unless told to.
     */
    @WithDefault("true")
    boolean allowOpenWrites();

    @WithDefault("reports.ingested")
    String topic();

    /** The CloudEvent source of the events this service produces. */
    @WithDefault("/reportlens/ingest-service")
    String eventSource();

    /** How often the relay looks for unpublished events (it is also woken after each upload). */
    @WithDefault("1s")
    Duration relayInterval();

    /**
     * Only the ingest instance holding the relay lease publishes (so several instances neither send
     * an entry twice nor out of order); the holder renews it, and another takes over this long after
     * the holder stopped renewing.
     */
    @WithDefault("10s")
    Duration relayLease();

    /** How many outbox entries the relay sends per round. */
    @WithDefault("200")
    int relayBatchSize();

    /** Seconds a client is told to wait when the store is down. */
    @WithDefault("5")
    int retryAfterSeconds();
}
