package io.reportlens.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where the page's uploads go: ingest-service, reached through query-service's relay ({@code /ingest/api/reports}). */
@ConfigMapping(prefix = "reportlens.query.ingest")
public interface IngestRelayConfig {

    /** ingest-service's base URL ({@code REPORTLENS_QUERY_INGEST_URL}). */
    @WithDefault("http://127.0.0.1:8081")
    String url();

    /** How long one relayed request may take (an upload is read and stored before ingest answers). */
    @WithDefault("60s")
    Duration timeout();
}
