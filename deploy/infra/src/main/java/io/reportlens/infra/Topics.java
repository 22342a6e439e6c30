package io.reportlens.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stack's topics, created by the project before any service starts, with the partition count,
 * replication factor and {@code min.insync.replicas} of the deployment. Left to auto-creation on the
 * first produce, a producer could meet partitions without a leader yet, retry, and have its first
 * batches refused as out of sequence ({@code OutOfOrderSequenceException}): the first report after a
 * fresh start then stalled. The consumer offsets topic is created here too (by asking for a group
 * coordinator), so the services' first group join does not wait for it.
 */
public final class Topics {

    /** Every topic the services produce to or consume from. */
    public static final List<String> STACK = List.of("reports.ingested", "reports.ingested.dlq",
            "reports.extracted", "reports.extracted.dlq", "metrics.extracted", "commitments.extracted");

    /** Messages up to this size: a report's text travels inside the event. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** Keep a week of events so a subscriber that was away can catch up. */
    static final long RETENTION_MS = Duration.ofDays(7).toMillis();

    private static final String OFFSETS_TOPIC = "__consumer_offsets";

    /**
     * How the topics are laid out. Partitions bound how many instances of a consumer share the work;
     * {@code replicationFactor} copies survive the loss of all but one broker; with
     * {@code minInsyncReplicas} = 2 an acknowledged write ({@code acks=all}) is on two brokers at least.
     */
    public record Settings(int partitions, short replicationFactor, int minInsyncReplicas) {

        public Settings {
            if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
                throw new IllegalArgumentException("topic settings: need partitions ≥ 1 and 1 ≤ min.insync.replicas ≤ replication factor, got "
                        + partitions + " partitions, replication factor " + replicationFactor + ", min.insync.replicas " + minInsyncReplicas);
            }
        }

        /** One broker: three partitions (room for three consumer instances), one copy. */
        public static Settings oneMachine() {
            return new Settings(3, (short) 1, 1);
        }

        /** A cluster of three or more brokers: every record on three, acknowledged once on two. */
        public static Settings cluster(int partitions) {
            return new Settings(partitions, (short) 3, 2);
        }

        /**
         * {@code defaults} overridden by REPORTLENS_TOPIC_PARTITIONS, REPORTLENS_TOPIC_REPLICATION_FACTOR
         * and REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS.
         */
        public static Settings fromEnvironment(Map<String, String> env, Settings defaults) {
            return new Settings(
                    intOr(env.get("REPORTLENS_TOPIC_PARTITIONS"), defaults.partitions()),
                    (short) intOr(env.get("REPORTLENS_TOPIC_REPLICATION_FACTOR"), defaults.replicationFactor()),
                    intOr(env.get("REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS"), defaults.minInsyncReplicas()));
        }

        private static int intOr(String value, int otherwise) {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
        }
    }

    private Topics() {
    }

    /**
     * Creates the stack's topics that do not exist yet, brings the others' {@code min.insync.replicas}
     * to the settings (a topic's partitions and replicas are never changed here: that moves keys or
     * data, and is an operator's decision — a mismatch is reported on {@code report}), makes sure the
     * consumer offsets topic exists, and waits until every partition has a leader and enough in-sync
     * replicas.
     */
    public static void ensure(String bootstrapServers, Settings settings, Duration timeout, PrintStream report) throws IOException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : STACK) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, settings.partitions(), settings.replicationFactor()).configs(configs(settings)));
                }
            }
            for (var created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance creating the same topics at the same time is fine
                    }
                }
            }
            List<String> present = STACK.stream().filter(existing::contains).toList();
            if (!present.isEmpty()) {
                alignExisting(admin, present, settings, report);
            }
            // Asking for a group's offsets makes the broker create its offsets topic (and find a coordinator).
            admin.listConsumerGroupOffsets("reportlens-topics").all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> all = new ArrayList<>(STACK);
            all.add(OFFSETS_TOPIC);
            int inSync = Math.min(settings.minInsyncReplicas(), settings.replicationFactor());
            while (!ready(admin, all, inSync)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Kafka topics " + all + " have partitions without a leader or with fewer than "
                            + inSync + " in-sync replicas after " + timeout);
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("creating the Kafka topics " + STACK + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the Kafka topics", e);
        }
    }

    private static Map<String, String> configs(Settings settings) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(settings.minInsyncReplicas()));
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
        configs.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(RETENTION_MS));
        return configs;
    }

    private static void alignExisting(Admin admin, List<String> names, Settings settings, PrintStream report)
            throws ExecutionException, InterruptedException {
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (TopicDescription topic : described.values()) {
            int partitions = topic.partitions().size();
            int replicas = topic.partitions().get(0).replicas().size();
            if (partitions != settings.partitions() || replicas != settings.replicationFactor()) {
                report.printf("topic %s has %d partitions and %d replicas; the settings ask for %d and %d (left as it is: "
                                + "see deploy/README.md, \"Topics\")%n", topic.name(), partitions, replicas,
                        settings.partitions(), settings.replicationFactor());
            }
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(settings.minInsyncReplicas(), replicas))),
                    AlterConfigOp.OpType.SET)));
        }
        admin.incrementalAlterConfigs(changes).all().get();
    }

    /** Every partition led and in sync; false (to ask again) while a new topic is not yet known everywhere. */
    private static boolean ready(Admin admin, List<String> names, int inSync) throws IOException, InterruptedException, TimeoutException {
        Collection<TopicDescription> topics;
        try {
            topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
                return false;
            }
            throw new IOException("describing the Kafka topics " + names + " failed: " + e.getCause(), e.getCause());
        }
        for (TopicDescription topic : topics) {
            for (TopicPartitionInfo partition : topic.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()
                        || partition.isr().size() < Math.min(inSync, partition.replicas().size())) {
                    return false;
                }
            }
        }
        return true;
    }
}
