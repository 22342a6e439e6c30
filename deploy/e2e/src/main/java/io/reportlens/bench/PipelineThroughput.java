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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained ingest-to-queryable throughput of the running stack, and beside it, on the same broker
 * and store, the ceiling of the bare infrastructure: the same payloads produced to Kafka, consumed
 * and written to the store with no extraction. The N reports are the given one issued by 51 cities
 * for up to six years (see {@link #varied}). Both are measured warm: WARMUP other reports go through
 * each path first, unmeasured, so the figures are the steady state (compiled code, joined consumer
 * groups, created topics) and not the start-up that a short run would mostly be.
 * <pre>PipelineThroughput INGEST_URL QUERY_URL KAFKA_SERVERS MONGODB_URI REPORT_FILE N CLIENTS [WARMUP]</pre>
 */
public final class PipelineThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7 && args.length != 8) {
            System.err.println("usage: PipelineThroughput INGEST_URL QUERY_URL KAFKA_SERVERS MONGODB_URI REPORT_FILE N CLIENTS [WARMUP]");
            System.exit(2);
        }
        String report = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8);
        int n = Integer.parseInt(args[5]);
        int clients = Integer.parseInt(args[6]);
        int warmup = args.length == 8 ? Integer.parseInt(args[7]) : 0;
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> warmupBodies = bodies(report, run + "-warmup", n, warmup);
        List<String> bodies = bodies(report, run, 0, n);
        long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        if (warmup > 0) {
            System.out.printf("warm-up: %d reports through the pipeline in %.1f s%n", warmup,
                    pipelineSeconds(args[0], args[1], warmupBodies, clients));
        }
        double pipeline = pipelineSeconds(args[0], args[1], bodies, clients);
        double ceiling = ceilingSeconds(args[2], args[3], warmupBodies, bodies, run);
        double mb = bytes / 1e6;
        System.out.printf("pipeline: %d reports, %.2f MB in %.1f s = %.1f reports/s, %.2f MB/s%n", n, mb, pipeline, n / pipeline, mb / pipeline);
        System.out.printf("ceiling (Kafka → store, no extraction): %.1f s = %.1f reports/s, %.2f MB/s%n", ceiling, n / ceiling, mb / ceiling);
        System.out.printf("pipeline / ceiling = %.2f%n", ceiling / pipeline);
    }

    /** Reports first … first + count - 1 of the varied series, each made unique by the run's tag. */
    private static List<String> bodies(String report, String tag, int first, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            bodies.add(varied(report, i) + "\n(批次 " + tag + "-" + i + ")\n");
        }
        return bodies;
    }

    /** Real prefecture-level cities, so the reports spread over regions as a real crawl's do. */
    private static final String[] CITIES = {"石家庄市", "唐山市", "邯郸市", "保定市", "太原市", "大同市", "沈阳市", "大连市",
            "长春市", "吉林市", "哈尔滨市", "齐齐哈尔市", "南京市", "无锡市", "徐州市", "苏州市", "杭州市", "宁波市", "温州市",
            "合肥市", "芜湖市", "福州市", "厦门市", "南昌市", "赣州市", "济南市", "青岛市", "烟台市", "郑州市", "洛阳市", "武汉市",
            "宜昌市", "长沙市", "岳阳市", "广州市", "韶关市", "深圳市", "南宁市", "柳州市", "海口市", "成都市", "绵阳市", "贵阳市",
            "遵义市", "昆明市", "曲靖市", "西安市", "宝鸡市", "兰州市", "西宁市", "银川市"};
    private static final Pattern LEADING_CITY = Pattern.compile("^\\s*(\\p{IsHan}{1,6}?市)");

    /**
     * Report i: the same document issued by another city (the title's leading city replaced) for another
     * year (every year shifted by the same amount), so the stored results spread over regions and years
     * as a real crawl's do instead of piling into one region's documents.
     */
    static String varied(String report, int i) {
        String text = report;
        Matcher city = LEADING_CITY.matcher(report);
        if (city.find()) {
            text = text.replace(city.group(1), CITIES[i % CITIES.length]);
        }
        int shift = -(i / CITIES.length % 6);
        Matcher year = Pattern.compile("(20[0-9]{2})年").matcher(text);
        StringBuilder out = new StringBuilder();
        while (year.find()) {
            year.appendReplacement(out, (Integer.parseInt(year.group(1)) + shift) + "年");
        }
        year.appendTail(out);
        return out.toString();
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
        for (String id : ids) {
            while (true) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(query + "/api/reports/" + id)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
                Thread.sleep(20);
            }
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
