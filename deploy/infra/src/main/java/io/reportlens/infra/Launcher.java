package io.reportlens.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one piece of infrastructure as its own process until it is told to stop (SIGTERM/Ctrl-C):
 * <pre>
 *   Launcher kafka PORT CONTROLLER_PORT DATA_DIR                a single-node broker with the stack's topics
 *   Launcher kafka-node ID NODES CLUSTER_ID DATA_DIR            one node of a cluster; NODES: id:port:controllerPort,…
 *   Launcher mongo PORT DATA_DIR                                the embedded MongoDB-compatible store
 *   Launcher topics BOOTSTRAP_SERVERS                           creates the stack's topics on any cluster, then exits
 *   Launcher cluster-id                                         prints a new cluster id (for the nodes' first start)
 *   Launcher lag BOOTSTRAP_SERVERS [SECONDS [GROUP...]]         the consumer groups' lag, once or every SECONDS
 * </pre>
 * The topics' layout comes from REPORTLENS_TOPIC_PARTITIONS, REPORTLENS_TOPIC_REPLICATION_FACTOR and
 * REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS (default: 3 partitions, one copy). Prints one line starting
 * with {@code READY} once it accepts connections (or, for {@code topics}, once the topics are ready);
 * exits 3 when a port is taken, 1 when the topics cannot be made ready.
 */
public final class Launcher {

    private static final String USAGE = "usage: Launcher kafka PORT CONTROLLER_PORT DATA_DIR | kafka-node ID NODES CLUSTER_ID DATA_DIR"
            + " | mongo PORT DATA_DIR | topics BOOTSTRAP_SERVERS | cluster-id | lag BOOTSTRAP_SERVERS [SECONDS [GROUP...]]";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        AutoCloseable running;
        String address;
        Topics.Settings topics = Topics.Settings.fromEnvironment(System.getenv(), Topics.Settings.oneMachine());
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "kafka" -> {
                    KafkaBroker broker = new KafkaBroker(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), topics).start();
                    running = broker;
                    address = broker.bootstrapServers();
                }
                case "kafka-node" -> {
                    List<KafkaBroker.Node> nodes = nodes(args[2]);
                    int id = Integer.parseInt(args[1]);
                    KafkaBroker.Node self = nodes.stream().filter(n -> n.id() == id).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("node " + id + " is not among " + args[2]));
                    KafkaBroker broker = KafkaBroker.clusterNode(self, nodes, args[3], Path.of(args[4])).start();
                    running = broker;
                    address = broker.bootstrapServers();
                }
                case "mongo" -> {
                    EmbeddedMongo mongo = new EmbeddedMongo(Integer.parseInt(args[1]), Path.of(args[2])).start();
                    running = mongo;
                    address = mongo.connectionString();
                }
                case "lag" -> {
                    printLag(args);
                    return;
                }
                case "cluster-id" -> {
                    System.out.println(org.apache.kafka.common.Uuid.randomUuid());
                    return;
                }
                case "topics" -> {
                    try {
                        Topics.ensure(args[1], topics, Duration.ofMinutes(2), System.out);
                    } catch (java.io.IOException e) {
                        System.err.println(e.getMessage());
                        System.exit(1);
                    }
                    System.out.println("READY topics " + Topics.STACK + " on " + args[1] + ": " + topics.partitions()
                            + " partitions, replication factor " + topics.replicationFactor() + ", min.insync.replicas "
                            + topics.minInsyncReplicas());
                    return;
                }
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                    return;
                }
            }
        } catch (Ports.PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("stopping " + args[0] + ": " + e);
            }
            stopped.countDown();
        }));
        System.out.println("READY " + args[0] + " " + address);
        stopped.await();
    }

    /** One line per group and topic ("time group topic lag"), once, or every SECONDS until stopped. */
    private static void printLag(String[] args) throws Exception {
        double every = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        List<String> groups = args.length > 3 ? List.of(args).subList(3, args.length) : ConsumerLag.STACK_GROUPS;
        try (ConsumerLag lag = new ConsumerLag(args[1])) {
            do {
                String now = java.time.Instant.now().toString();
                for (ConsumerLag.Lag l : lag.of(groups)) {
                    System.out.printf("%s %s %s %d%n", now, l.group(), l.topic(), l.records());
                }
                System.out.flush();
                Thread.sleep((long) (every * 1000));
            } while (every > 0);
        }
    }

    /** "1:9092:9093,2:9094:9095" → the nodes. */
    static List<KafkaBroker.Node> nodes(String spec) {
        List<KafkaBroker.Node> nodes = new ArrayList<>();
        for (String node : spec.split(",")) {
            String[] parts = node.trim().split(":");
            nodes.add(new KafkaBroker.Node(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return nodes;
    }
}
