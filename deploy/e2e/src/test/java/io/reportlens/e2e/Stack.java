package io.reportlens.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives the project's own scripts, deploy/run and deploy/stop, on ports and a data folder of its own. */
final class Stack {

    /** {@code REPORTLENS_E2E_PORT_BASE}: six consecutive ports from there, for runs beside another. */
    private static final String PORT_BASE = System.getenv("REPORTLENS_E2E_PORT_BASE");
    static final int INGEST = port(0, 18081);
    static final int NLP = port(1, 18082);
    static final int QUERY = port(2, 18083);
    static final int KAFKA = port(3, 19092);
    static final int KAFKA_CONTROLLER = port(4, 19093);
    static final int MONGO = port(5, 27117);
    static final List<Integer> PORTS = List.of(INGEST, NLP, QUERY, KAFKA, KAFKA_CONTROLLER, MONGO);
    /** In cluster mode the second and third instances use the ports plus this step (deploy/run's CLUSTER_PORT_STEP). */
    static final int CLUSTER_STEP = 10;

    /** The ports of one stack; tests that run their own stack beside the default one choose others. */
    record Ports(int ingest, int nlp, int query, int kafka, int kafkaController, int mongo) {
        static final Ports DEFAULT = new Ports(INGEST, NLP, QUERY, KAFKA, KAFKA_CONTROLLER, MONGO);

        /** A second stack's ports: REPORTLENS_E2E_PORT_BASE plus {@code offset} and on, when it is set; else {@code otherwise}. */
        static Ports beside(int offset, Ports otherwise) {
            return PORT_BASE == null || PORT_BASE.isBlank() ? otherwise
                    : new Ports(port(offset, 0), port(offset + 1, 0), port(offset + 2, 0), port(offset + 3, 0), port(offset + 4, 0),
                    port(offset + 5, 0));
        }

        List<Integer> all() {
            return List.of(ingest, nlp, query, kafka, kafkaController, mongo);
        }
    }

    final Path root;
    final Path dataDir;
    final Ports ports;
    private final boolean cluster;

    Stack(Path dataDir) {
        this(dataDir, Ports.DEFAULT, false);
    }

    Stack(Path dataDir, Ports ports) {
        this(dataDir, ports, false);
    }

    /** With {@code cluster}, deploy/run --cluster: three Kafka nodes, two nlp-service and two query-service instances. */
    Stack(Path dataDir, boolean cluster) {
        this(dataDir, Ports.DEFAULT, cluster);
    }

    private Stack(Path dataDir, Ports ports, boolean cluster) {
        String configured = System.getProperty("reportlens.root");
        this.root = configured != null ? Path.of(configured) : Path.of("../..").toAbsolutePath().normalize();
        this.dataDir = dataDir;
        this.ports = ports;
        this.cluster = cluster;
    }

    /** The HTTP port of instance 1 or 2 of a service whose first instance listens on {@code firstPort}. */
    static int instancePort(int firstPort, int instance) {
        return firstPort + (instance - 1) * CLUSTER_STEP;
    }

    /** The cluster's Kafka nodes, as a bootstrap list. */
    static String clusterKafka() {
        return "127.0.0.1:" + KAFKA + ",127.0.0.1:" + (KAFKA + CLUSTER_STEP) + ",127.0.0.1:" + (KAFKA + 2 * CLUSTER_STEP);
    }

    private static int port(int offset, int otherwise) {
        return PORT_BASE == null || PORT_BASE.isBlank() ? otherwise : Integer.parseInt(PORT_BASE.trim()) + offset;
    }

    void start() throws IOException, InterruptedException {
        Result result = cluster ? script("deploy/run", "--cluster", "--detach") : script("deploy/run", "--detach");
        if (result.exitCode != 0) {
            throw new IllegalStateException("deploy/run failed (" + result.exitCode + "):\n" + result.output);
        }
    }

    void stop() throws IOException, InterruptedException {
        Result result = script("deploy/stop");
        if (result.exitCode != 0) {
            throw new IllegalStateException("deploy/stop failed (" + result.exitCode + "):\n" + result.output);
        }
    }

    /** deploy/part start|stop|kill NAME. */
    void part(String action, String name) throws IOException, InterruptedException {
        Result result = script("deploy/part", action, name);
        if (result.exitCode != 0) {
            throw new IllegalStateException("deploy/part " + action + " " + name + " failed (" + result.exitCode + "):\n" + result.output);
        }
    }

    /** Process ids the stack wrote that still run. */
    List<Long> livePids() throws IOException {
        Path runDir = dataDir.resolve("run");
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (var files = Files.list(runDir)) {
            return files.filter(f -> f.toString().endsWith(".pid"))
                    .map(Stack::readPid)
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .toList();
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Result script(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("MONGODB_URI"); // always the stack's own store
        env.putAll(settings());
        Path log = Files.createTempFile("stack-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Map<String, String> settings() {
        Map<String, String> env = new HashMap<>();
        env.put("REPORTLENS_DATA", dataDir.toString());
        env.put("INGEST_PORT", String.valueOf(ports.ingest()));
        env.put("NLP_PORT", String.valueOf(ports.nlp()));
        env.put("QUERY_PORT", String.valueOf(ports.query()));
        env.put("KAFKA_PORT", String.valueOf(ports.kafka()));
        env.put("KAFKA_CONTROLLER_PORT", String.valueOf(ports.kafkaController()));
        env.put("MONGO_PORT", String.valueOf(ports.mongo()));
        env.put("CLUSTER_PORT_STEP", String.valueOf(CLUSTER_STEP));
        return env;
    }

    private static long readPid(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    record Result(int exitCode, String output) {
    }
}
