package io.reportlens.query.support;

import io.reportlens.infra.testing.InfraTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** Feeds events through the real broker to the service's consumer and waits for their effect. */
public final class Pipeline {

    public static final String TOPIC = "reports.extracted";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static boolean baseLoaded;

    private Pipeline() {
    }

    /** The base fixtures, loaded once for all test classes of the run. */
    public static synchronized void loadBase() {
        if (baseLoaded) {
            return;
        }
        send(Fixtures.shaoguan2023("1.0.0"));
        send(Fixtures.nanxiong2023("1.0.0"));
        send(Fixtures.huzhou2024(Fixtures.HUZHOU_2024, "1.0.0"));
        send(Fixtures.huzhou2024(Fixtures.HUZHOU_2024_REISSUED, "1.0.0").previousVersion(Fixtures.HUZHOU_2024));
        send(Fixtures.shaoguan2024("1.0.0"));
        awaitVersion(Fixtures.SHAOGUAN_2023, "1.0.0");
        awaitVersion(Fixtures.NANXIONG_2023, "1.0.0");
        awaitVersion(Fixtures.HUZHOU_2024, "1.0.0");
        awaitVersion(Fixtures.HUZHOU_2024_REISSUED, "1.0.0");
        awaitVersion(Fixtures.SHAOGUAN_2024, "1.0.0");
        // Reports on different partitions may be stored in any order: wait for the effects that join them.
        await("the re-issued report hides the first", () -> RestAssured.get("/api/reports/" + Fixtures.HUZHOU_2024),
                r -> Fixtures.HUZHOU_2024_REISSUED.equals(r.path("report.supersededBy")));
        await("the 2024 figures settle the 2023 commitments",
                () -> RestAssured.get("/api/commitments?regionCode=440200&status=met"),
                r -> r.statusCode() == 200 && ((Number) r.path("total")).intValue() == 1);
        await("the 2024 series point", () -> RestAssured.get("/api/indicators/" + Fixtures.SIGNING
                + "/series?regionCode=440200"), r -> r.statusCode() == 200 && r.jsonPath().getList("years").size() == 2);
        baseLoaded = true;
    }

    public static void send(ReportFixture fixture) {
        send(fixture.reportId(), fixture.event());
    }

    public static void send(String key, String value) {
        send(TOPIC, key, value);
    }

    public static void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, InfraTestResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the report is stored, complete, with this extractor version. */
    public static Response awaitVersion(String reportId, String version) {
        return await("report " + reportId + " at " + version, () -> RestAssured.get("/api/reports/" + reportId),
                r -> r.statusCode() == 200 && version.equals(r.path("report.extractorVersion")));
    }

    public static Response await(String what, java.util.function.Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.asString()));
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
