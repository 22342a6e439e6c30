package io.reportlens.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "reportlens.nlp")
public interface NlpConfig {

    /** A report whose extraction takes longer is given up and sent to the dead-letter topic. */
    @WithDefault("PT30S")
    Duration extractionTimeout();

    /** The CloudEvents {@code source} of the events this service publishes. */
    @WithDefault("/reportlens/nlp-service")
    String eventSource();
}
