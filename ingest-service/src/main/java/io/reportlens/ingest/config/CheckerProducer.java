package io.reportlens.ingest.config;

import io.reportlens.ingest.service.UploadChecker;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the plain-Java upload checker from configuration. */
public class CheckerProducer {

    @Produces
    @Singleton
    UploadChecker uploadChecker(IngestConfig c) {
        ExecutorService readers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "document-reader");
            t.setDaemon(true);
            return t;
        });
        return new UploadChecker(new UploadChecker.Limits(c.maxDocumentBytes(), c.maxTextBytes(), c.maxInflatedBytes(),
                c.maxInflateRatio(), c.readTimeout(), c.minChineseChars()), readers);
    }
}
