package io.reportlens.nlp.service;

import io.reportlens.engine.ReportExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one extraction engine of the service (thread-safe), shared by the consumer and the REST endpoint. */
@ApplicationScoped
public class Engine {

    @Produces
    @Singleton
    ReportExtractor extractor() {
        return new ReportExtractor();
    }
}
