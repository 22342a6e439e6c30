package io.reportlens.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.reportlens.infra.EmbeddedMongo;
import io.reportlens.infra.KafkaBroker;
import io.reportlens.infra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real Kafka broker and the embedded MongoDB store in the test JVM, on free ports, with
 * their data in a temporary folder, and points the service under test at them. Tests that stop or
 * restart the broker reach it through {@link #broker()}.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private static EmbeddedMongo mongo;
    private Path dataDir;

    public static KafkaBroker broker() {
        return broker;
    }

    public static EmbeddedMongo mongo() {
        return mongo;
    }

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("reportlens-test-");
            broker = new KafkaBroker(Ports.free(), Ports.free(), dataDir.resolve("kafka")).start();
            mongo = new EmbeddedMongo(Ports.free(), dataDir.resolve("mongo")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }
}
