package io.reportlens.query.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.reportlens.query.model.CommitmentRecord;
import io.reportlens.query.model.MetricRecord;
import io.reportlens.query.store.CommitmentStore;
import io.reportlens.query.store.DocumentMapper;
import io.reportlens.query.store.IndexQueueStore;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.ReportStore;
import io.reportlens.query.store.TermStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the search index off the write path: the upserter queues each written report, and this
 * drains the queue in batches, so a burst of reports costs one postings write per term and batch
 * instead of one per term and report. Search lags the other endpoints by about a second.
 */
@ApplicationScoped
public class SearchIndexer {

    static final int BATCH = 200;

    private final IndexQueueStore queue;
    private final TermStore terms;
    private final ReportStore reports;
    private final MetricStore metrics;
    private final CommitmentStore commitments;
    private final MeterRegistry registry;

    public SearchIndexer(IndexQueueStore queue, TermStore terms, ReportStore reports, MetricStore metrics,
                         CommitmentStore commitments, MeterRegistry registry) {
        this.queue = queue;
        this.terms = terms;
        this.reports = reports;
        this.metrics = metrics;
        this.commitments = commitments;
        this.registry = registry;
        registry.gauge("reportlens.query.search.queue", queue, IndexQueueStore::size);
    }

    @Scheduled(every = "${reportlens.query.search-index-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        while (indexNextBatch() == BATCH) {
            // a full batch: more may be waiting
        }
    }

    /** Indexes up to one batch of queued reports; returns how many entries it took from the queue. */
    public synchronized int indexNextBatch() {
        List<Document> entries = queue.next(BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        long first = terms.allocate(entries.size());
        Map<Integer, Map<String, Set<String>>> byBlock = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int block = (int) ((first + i) / TermStore.BLOCK);
            Map<String, Set<String>> blockTerms = byBlock.computeIfAbsent(block, b -> new HashMap<>());
            termsOf(entries.get(i).getString("_id")).forEach((term, refs) ->
                    blockTerms.computeIfAbsent(term, t -> new HashSet<>()).addAll(refs));
        }
        terms.append(byBlock);
        entries.forEach(queue::remove);
        registry.counter("reportlens.query.search.indexed").increment(entries.size());
        return entries.size();
    }

    private Map<String, Set<String>> termsOf(String reportId) {
        Document report = reports.find(reportId);
        if (report == null) {
            return Map.of();
        }
        List<MetricRecord> ms = metrics.findAll(report.getList("metricIds", String.class, List.of())).stream()
                .map(d -> DocumentMapper.fromDocument(d, MetricRecord.class)).toList();
        List<CommitmentRecord> cs = commitments.findAll(report.getList("commitmentIds", String.class, List.of())).stream()
                .map(d -> DocumentMapper.fromDocument(d, CommitmentRecord.class)).toList();
        return ReportProjector.terms(reportId, report.getString("title"), reports.text(reportId), ms, cs);
    }
}
