package io.reportlens.nlp.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.reportlens.nlp.config.NlpConfig;
import io.reportlens.nlp.model.ReportIngested;
import io.reportlens.nlp.service.ExtractionFailedException;
import io.reportlens.nlp.service.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Consumes {@code reports.ingested} a poll at a time: the poll's reports are extracted together (on
 * every core), all their events and dead letters are sent without waiting for any one, and the
 * offsets are committed once the broker has every record of the batch — so a crash replays a batch
 * rather than skipping it (at-least-once; the replayed events carry the same ids). A record that
 * cannot be extracted goes to {@code reports.ingested.dlq} with the reason, and the batch moves on.
 * If the results cannot be published, the batch is taken again after a pause.
 *
 * <p>Several instances share the topic's partitions through the consumer group. Processing happens
 * between polls, so a rebalance (which Kafka runs inside {@code poll}) never finds a batch half done.
 */
@ApplicationScoped
public class ReportIngestedConsumer implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(ReportIngestedConsumer.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final KafkaSettings settings;
    private final NlpConfig config;
    private final CloudEvents cloudEvents;
    private final ExtractionService extraction;
    private final ExtractionEvents events;
    private final DeadLetters deadLetters;
    private final EventProducer producer;

    private volatile boolean running;
    private volatile boolean joined;
    private volatile Consumer<String, String> consumer;
    private Thread thread;

    public ReportIngestedConsumer(KafkaSettings settings, NlpConfig config, CloudEvents cloudEvents, ExtractionService extraction,
                                  ExtractionEvents events, DeadLetters deadLetters, EventProducer producer) {
        this.settings = settings;
        this.config = config;
        this.cloudEvents = cloudEvents;
        this.extraction = extraction;
        this.events = events;
        this.deadLetters = deadLetters;
        this.producer = producer;
    }

    void start(@Observes StartupEvent event) {
        if (!config.consumer().enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "reports-ingested-consumer");
        thread.start();
    }

    /** Lets the batch in hand finish and be committed, then leaves the group so the others take over at once. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        Consumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Whether this instance has joined its consumer group (it may have been given no partition), or does not consume. */
    public boolean ready() {
        return !config.consumer().enabled() || joined;
    }

    /** Whether the consumer is running, or was switched off by configuration. */
    public boolean alive() {
        return !config.consumer().enabled() || (thread != null && thread.isAlive());
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(settings.consumer(clientId()))) {
                consumer = c;
                c.subscribe(List.of(config.topics().ingested()), this);
                while (running) {
                    ConsumerRecords<String, String> records;
                    try {
                        records = c.poll(POLL);
                    } catch (WakeupException e) {
                        continue; // stop() asks the loop to end
                    }
                    if (!records.isEmpty()) {
                        handle(c, records);
                    }
                }
            } catch (KafkaException e) {
                // Offsets are committed only after a batch is published: a new consumer resumes from there.
                LOG.errorf(e, "the %s consumer failed; starting a new one", config.topics().ingested());
                pause(config.consumer().retryBackoff());
            } finally {
                joined = false;
                consumer = null;
            }
        }
    }

    private void handle(Consumer<String, String> c, ConsumerRecords<String, String> records) {
        List<ProducerRecord<String, String>> out = process(records);
        try {
            producer.sendAll(out);
        } catch (EventProducer.PublishFailedException e) {
            LOG.warnf("a batch of %d reports was not published (%s); taking it again in %s", records.count(),
                    e.getCause(), config.consumer().retryBackoff());
            rewind(c, records);
            pause(config.consumer().retryBackoff());
            return;
        }
        commit(c, nextOffsets(records));
        LOG.debugf("batch of %d reports: %d records published", records.count(), out.size());
    }

    /** The records to publish for a batch, in the order the reports came: each report's events, or its dead letter. */
    private List<ProducerRecord<String, String>> process(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> inputs = new ArrayList<>(records.count());
        List<ReportIngested> readable = new ArrayList<>(records.count());
        Map<ConsumerRecord<String, String>, RuntimeException> unreadable = new IdentityHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            inputs.add(record);
            try {
                readable.add(cloudEvents.data(record.value(), ReportIngested.class));
            } catch (IllegalArgumentException e) {
                unreadable.put(record, new ExtractionFailedException(
                        "unreadable reports.ingested record (key " + record.key() + "): " + e.getMessage(), e));
            }
        }
        List<CompletableFuture<List<ProducerRecord<String, String>>>> extracted = extraction.extractAll(readable, events::of);
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        int next = 0;
        for (ConsumerRecord<String, String> input : inputs) {
            RuntimeException failure = unreadable.get(input);
            if (failure == null) {
                try {
                    out.addAll(extracted.get(next++).join());
                    continue;
                } catch (CompletionException e) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            LOG.warnf("report record %s-%d@%d dead-lettered: %s", input.topic(), input.partition(), input.offset(), failure.getMessage());
            out.add(deadLetters.of(input, failure));
        }
        return out;
    }

    private void commit(Consumer<String, String> c, Map<TopicPartition, OffsetAndMetadata> offsets) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                c.commitSync(offsets);
                return;
            } catch (WakeupException e) {
                // stop() woke the consumer while the batch was being handled: commit it all the same
            } catch (CommitFailedException e) {
                // The partitions moved to another instance meanwhile; it takes the batch again (same event ids).
                LOG.warnf("offsets of a published batch not committed: %s", e.getMessage());
                return;
            } catch (KafkaException e) {
                // A later commit covers these offsets; after a crash the batch is replayed (same event ids).
                LOG.warnf("offsets of a published batch not committed yet: %s", e.toString());
                return;
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> batch = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static void rewind(Consumer<String, String> c, ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            c.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void pause(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String clientId() {
        return "nlp-service-" + ProcessHandle.current().pid();
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        joined = true;
        if (!partitions.isEmpty()) {
            LOG.infof("consuming partitions %s", partitions);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Nothing is in flight here: a batch is published and committed before the next poll.
    }
}
