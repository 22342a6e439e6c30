package io.reportlens.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.reportlens.infra.testing.InfraTestResource;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The test's own view of the store and the topic, through plain clients, not the service's code. */
public final class Infra {

    public static final String TOPIC = "reports.ingested";
    public static final String API_KEY = "test-key-one";
    /** The operator key of the test profile (archive-wide operations). */
    public static final String OPERATOR_KEY = "test-operator-key";

    private static MongoClient mongo;

    private Infra() {
    }

    /** A request carrying a valid API key. */
    public static RequestSpecification api() {
        return RestAssured.given().config(RAW_CONTENT_TYPE).header("X-API-Key", API_KEY);
    }

    /** Sends the Content-Type exactly as the test gives it (RestAssured would add a charset to text types). */
    private static final RestAssuredConfig RAW_CONTENT_TYPE = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public static synchronized MongoDatabase db() {
        if (mongo == null) {
            mongo = MongoClients.create(InfraTestResource.mongo().connectionString());
        }
        return mongo.getDatabase("reportlens");
    }

    /** Documents in the collections that hold reports: reports, GridFS files and chunks, outbox. */
    public static long storedDocuments() {
        MongoDatabase db = db();
        return db.getCollection("ingest_reports").countDocuments() + db.getCollection("ingest_content.files").countDocuments()
                + db.getCollection("ingest_content.chunks").countDocuments() + db.getCollection("ingest_outbox").countDocuments()
                + db.getCollection("ingest_sources").countDocuments();
    }

    public static long outboxSize() {
        return db().getCollection("ingest_outbox").countDocuments();
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void awaitOutboxEmpty() {
        await("the outbox to drain", Duration.ofSeconds(60), () -> outboxSize() == 0);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, InfraTestResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 17 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(TOPIC, Duration.ofSeconds(10))) {
            partitions.add(new TopicPartition(TOPIC, info.partition()));
        }
        return partitions;
    }

    /** How many records the topic holds in all (0 before it exists). */
    public static long publishedCount() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every record on the topic, read from the beginning. */
    public static List<ConsumerRecord<String, String>> allEvents() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the topic to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The events whose key is {@code reportId}. */
    public static List<ConsumerRecord<String, String>> eventsOf(String reportId) {
        return allEvents().stream().filter(r -> reportId.equals(r.key())).toList();
    }
}
