package io.reportlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sustained ingest-to-queryable throughput of the running stack, and beside it, on the same broker
 * and store, the ceiling of the bare infrastructure: the same payloads produced to Kafka, consumed
 * and written to the store with no extraction. The N reports are {@link Corpus}'s series over the
 * sources (real-sized reports issued by 51 cities over six years). Both are measured warm: WARMUP
 * other reports of the series go through each path first, unmeasured, so the figures are the steady
 * state (compiled code, joined consumer groups, created topics) and not the start-up that a short
 * run would mostly be. With {@code -Dreportlens.run=DIR} (the stack's pid folder) it also reports the
 * CPU time each process spent per report.
 * <pre>PipelineThroughput INGEST_URL QUERY_URL KAFKA_SERVERS MONGODB_URI N CLIENTS WARMUP SOURCE...</pre>
 */
public final class PipelineThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 8) {
            System.err.println("usage: PipelineThroughput INGEST_URL QUERY_URL KAFKA_SERVERS MONGODB_URI N CLIENTS WARMUP SOURCE...");
            System.exit(2);
        }
        int n = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        List<String> sources = Corpus.read(List.of(args).subList(7, args.length).stream().map(Path::of).toList());
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> warmupBodies = bodies(sources, run + "-warmup", n, warmup);
        List<String> bodies = bodies(sources, run, 0, n);
        long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        CpuTimes cpu = new CpuTimes(System.getProperty("reportlens.run"));
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d reports through the pipeline in %.1f s%n", warmup,
                    pipelineSeconds(args[0], args[1], warmupBodies, clients));
        }
        Map<String, Duration> before = cpu.now();
        double pipeline = pipelineSeconds(args[0], args[1], bodies, clients);
        cpu.awaitIdle(Duration.ofSeconds(60));
        Map<String, Duration> pipelineCpu = CpuTimes.since(before, cpu.now());
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "pipeline: %d reports, %.2f MB (%.1f KB each) in %.1f s = %.1f reports/s, %.2f MB/s%n", n, mb,
                bytes / 1e3 / n, pipeline, n / pipeline, mb / pipeline);
        System.out.println("pipeline CPU ms per report: " + CpuTimes.perReport(pipelineCpu, n));
        if (!Boolean.parseBoolean(System.getProperty("reportlens.ceiling", "true"))) {
            return;
        }
        cpu.awaitIdle(Duration.ofSeconds(60));
        before = cpu.now();
        double ceiling = ceilingSeconds(args[2], args[3], warmupBodies, bodies, run);
        Map<String, Duration> ceilingCpu = CpuTimes.since(before, cpu.now());
        System.out.printf(Locale.ROOT, "ceiling (Kafka → store, no extraction): %.1f s = %.1f reports/s, %.2f MB/s%n", ceiling,
                n / ceiling, mb / ceiling);
        System.out.println("ceiling CPU ms per report: " + CpuTimes.perReport(ceilingCpu, n));
        System.out.printf(Locale.ROOT, "pipeline / ceiling = %.2f%n", ceiling / pipeline);
    }

    /** Reports first … first + count - 1 of the series, each made unique by the run's tag. */
    private static List<String> bodies(List<String> sources, String tag, int first, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            bodies.add(Corpus.report(sources, i, tag));
        }
        return bodies;
    }

    private static double pipelineSeconds(String ingest, String query, List<String> bodies, int clients) throws Exception {
        long start = System.nanoTime();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> uploads = new ArrayList<>();
        for (String body : bodies) {
            uploads.add(pool.submit(() -> {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
                }
                ids.add(JSON.readTree(r.body()).get("id").asText());
                return null;
            }));
        }
        try {
            for (Future<?> f : uploads) {
                f.get();
            }
        } finally {
            pool.shutdownNow(); // a failed upload ends the run instead of leaving it waiting
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos(); // the whole batch, however loaded the machine
        for (String id : ids) {
            PipelineLatency.awaitQueryable(query + "/api/reports/" + id, deadline);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The ceiling over {@code bodies}, after {@code warmup} went the same way with the same producer and consumer. */
    private static double ceilingSeconds(String kafka, String mongoUri, List<String> warmup, List<String> bodies, String run)
            throws Exception {
        String topic = "bench.ceiling." + run;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024), new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "bench-" + run,
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
             MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> target = mongo.getDatabase("reportlens_bench").getCollection("ceiling_" + run);
            consumer.subscribe(List.of(topic));
            if (!warmup.isEmpty()) {
                produceConsumeStore(producer, consumer, target, topic, warmup);
            }
            double seconds = produceConsumeStore(producer, consumer, target, topic, bodies);
            mongo.getDatabase("reportlens_bench").drop();
            return seconds;
        }
    }

    /** Seconds to produce the bodies, consume them and write each to the store, committing offsets per poll. */
    private static double produceConsumeStore(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer,
                                              MongoCollection<Document> target, String topic, List<String> bodies)
            throws Exception {
        long start = System.nanoTime();
        for (String body : bodies) {
            String id = UUID.randomUUID().toString();
            String value = JSON.writeValueAsString(Map.of("reportId", id, "text", body));
            producer.send(new ProducerRecord<>(topic, id, value));
        }
        producer.flush();
        int written = 0;
        while (written < bodies.size()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                Document doc = Document.parse(record.value());
                target.replaceOne(new Document("_id", record.key()), doc.append("_id", record.key()), new ReplaceOptions().upsert(true));
                written++;
            }
            consumer.commitSync();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
