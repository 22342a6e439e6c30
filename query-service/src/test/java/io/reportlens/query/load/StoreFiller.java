package io.reportlens.query.load;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reportlens.query.config.QueryConfig;
import io.reportlens.query.service.FollowThroughUpdater;
import io.reportlens.query.service.IndicatorCatalog;
import io.reportlens.query.service.ReportUpserter;
import io.reportlens.query.store.CatalogStore;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.IndexSetup;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.QueryCollections;
import io.reportlens.query.store.ReportStore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Fills the store through the service's own write path (the upserter), without Kafka, for speed. */
final class StoreFiller {

    private final ReportUpserter upserter;

    StoreFiller(MongoClient client) {
        QueryConfig config = () -> "reportlens";
        QueryCollections collections = new QueryCollections(client, config);
        // the service creates its indexes before it consumes anything: so does the fill
        new IndexSetup(collections).createAll();
        CommitmentStore commitments = new CommitmentStore(collections);
        MetricStore metrics = new MetricStore(collections);
        ReportStore reports = new ReportStore(collections);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        upserter = new ReportUpserter(reports, metrics, commitments, new CatalogStore(collections),
                new FollowThroughUpdater(metrics, commitments), new IndicatorCatalog(new CatalogStore(collections)), registry);
    }

    /** Writes reports [0, count); reports of one region go to one thread, as Kafka's keying would. */
    void fill(int count, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        int perRegion = 2 * SyntheticReports.YEARS;
        int regions = (count + perRegion - 1) / perRegion;
        for (int r = 0; r < regions; r++) {
            int region = r;
            pool.submit(() -> {
                for (int i = region * perRegion; i < Math.min(count, (region + 1) * perRegion); i++) {
                    upserter.upsert(SyntheticReports.report(i));
                    int n = done.incrementAndGet();
                    if (n % 1000 == 0) {
                        System.out.printf("filled %d reports in %.0f s%n", n, (System.nanoTime() - started) / 1e9);
                    }
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // the search terms are written with the documents: nothing to index afterwards
        }
        System.out.printf("filled %d reports in %.0f s%n", done.get(), (System.nanoTime() - started) / 1e9);
    }

    /** Writes reports [0, count) one after another on this thread (for counting a report's store commands). */
    void upsertAll(int count) {
        for (int i = 0; i < count; i++) {
            upserter.upsert(SyntheticReports.report(i));
        }
    }
}
