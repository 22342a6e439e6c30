package io.reportlens.query.load;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reportlens.query.config.QueryConfig;
import io.reportlens.query.service.FollowThroughUpdater;
import io.reportlens.query.service.IndicatorCatalog;
import io.reportlens.query.service.ReportUpserter;
import io.reportlens.query.service.SearchIndexer;
import io.reportlens.query.store.CatalogStore;
import io.reportlens.query.store.IndexQueueStore;
import io.reportlens.query.store.TermStore;
import io.reportlens.query.store.CommitmentStore;
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
    private final SearchIndexer indexer;

    StoreFiller(MongoClient client) {
        QueryConfig config = () -> "reportlens";
        QueryCollections collections = new QueryCollections(client, config);
        CommitmentStore commitments = new CommitmentStore(collections);
        MetricStore metrics = new MetricStore(collections);
        ReportStore reports = new ReportStore(collections);
        IndexQueueStore queue = new IndexQueueStore(collections);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        upserter = new ReportUpserter(reports, metrics, commitments, new CatalogStore(collections), queue,
                new FollowThroughUpdater(metrics, commitments), new IndicatorCatalog(new CatalogStore(collections)), registry);
        indexer = new SearchIndexer(queue, new TermStore(collections), reports, metrics, commitments, registry);
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
        // The search index is built beside the writes, in batches, as the service's indexer does.
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            indexer.indexNextBatch();
        }
        System.out.printf("filled %d reports in %.0f s%n", done.get(), (System.nanoTime() - started) / 1e9);
        long indexStarted = System.nanoTime();
        int indexed = 0;
        for (int n; (n = indexer.indexNextBatch()) > 0; ) {
            indexed += n;
        }
        System.out.printf("indexed the remaining %d reports for search in %.0f s%n", indexed,
                (System.nanoTime() - indexStarted) / 1e9);
    }

    /** Writes reports [0, count) one after another on this thread (for counting a report's store commands). */
    void upsertAll(int count) {
        for (int i = 0; i < count; i++) {
            upserter.upsert(SyntheticReports.report(i));
        }
    }

    /** Indexes every queued report for search. */
    void indexAll() {
        while (indexer.indexNextBatch() > 0) {
            // until the queue is empty
        }
    }
}
