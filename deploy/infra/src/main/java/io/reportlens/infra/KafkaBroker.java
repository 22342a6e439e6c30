package io.reportlens.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one process), bound to
 * 127.0.0.1, its log under {@code dataDir}. Storage is formatted on first start only, so topics and
 * offsets outlive a restart.
 *
 * <p>Alone (the default), the node is its own quorum and creates the stack's {@link Topics} before
 * {@link #start()} returns. As one node of a cluster ({@link #clusterNode}), the nodes form a static
 * quorum of controllers; the topics are created once enough of them run ({@code Launcher topics}).
 */
public final class KafkaBroker implements AutoCloseable {

    /** Messages up to this size: a report's text travels inside the event. */
    public static final int MAX_MESSAGE_BYTES = Topics.MAX_MESSAGE_BYTES;

    /** One node of a cluster on this machine: its id, its client port and its controller port. */
    public record Node(int id, int port, int controllerPort) {
    }

    private final Node self;
    private final List<Node> cluster;
    private final String clusterId;
    private final Path dataDir;
    private final Topics.Settings topics;
    private KafkaRaftServer server;

    /** A single-node broker whose topics have the one-machine layout. */
    public KafkaBroker(int port, int controllerPort, Path dataDir) {
        this(port, controllerPort, dataDir, Topics.Settings.oneMachine());
    }

    /** A single-node broker whose topics are laid out as {@code topics} says. */
    public KafkaBroker(int port, int controllerPort, Path dataDir, Topics.Settings topics) {
        this(new Node(1, port, controllerPort), List.of(), null, dataDir, topics);
    }

    private KafkaBroker(Node self, List<Node> cluster, String clusterId, Path dataDir, Topics.Settings topics) {
        this.self = self;
        this.cluster = List.copyOf(cluster);
        this.clusterId = clusterId;
        this.dataDir = dataDir.toAbsolutePath();
        this.topics = topics;
    }

    /** Node {@code self} of the cluster {@code nodes}; all of them formatted with the same {@code clusterId}. */
    public static KafkaBroker clusterNode(Node self, List<Node> nodes, String clusterId, Path dataDir) {
        if (!nodes.contains(self)) {
            throw new IllegalArgumentException("node " + self + " is not one of " + nodes);
        }
        return new KafkaBroker(self, nodes, clusterId, dataDir, null);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + self.port();
    }

    public synchronized KafkaBroker start() throws IOException {
        if (server != null) {
            return this;
        }
        Ports.requireFree(self.port(), "Kafka");
        Ports.requireFree(self.controllerPort(), "Kafka controller");
        Properties props = config();
        formatOnce(props);
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        if (topics != null) {
            Topics.ensure(bootstrapServers(), topics, Duration.ofSeconds(60), System.err);
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean alone() {
        return cluster.isEmpty();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(self.id()));
        if (alone()) {
            p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + self.controllerPort());
        } else {
            p.put("controller.quorum.voters", cluster.stream().map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
                    .collect(Collectors.joining(",")));
        }
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + self.port() + ",CONTROLLER://127.0.0.1:" + self.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + self.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("log").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        // The internal topics as safe as the stack's: on three brokers, three copies acknowledged by two.
        String replicas = String.valueOf(Math.min(3, Math.max(1, cluster.size())));
        String inSync = String.valueOf(alone() ? 1 : 2);
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", inSync);
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", inSync);
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", inSync);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        p.put("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        p.put("log.retention.ms", String.valueOf(Topics.RETENTION_MS));
        return p;
    }

    private void formatOnce(Properties props) throws IOException {
        Path logDir = dataDir.resolve("log");
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(dataDir);
        Path configFile = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            props.store(w, "written by ReportLens for kafka.tools.StorageTool format");
        }
        List<String> args = new ArrayList<>(List.of("format", "--cluster-id",
                clusterId != null ? clusterId : Uuid.randomUuid().toString(), "--config", configFile.toString(), "--ignore-formatted"));
        if (alone()) {
            args.add("--standalone");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = StorageTool.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IOException("formatting Kafka storage in " + logDir + " failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }
}
