package io.reportlens.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker is ready only with the stack's topics in place, every partition led, and they outlive a restart. */
class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void theStacksTopicsExistWithLeadersOnceStarted() throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        for (int start = 0; start < 2; start++) {
            try (KafkaBroker broker = new KafkaBroker(port, controllerPort, dataDir).start();
                 Admin admin = admin(broker.bootstrapServers())) {
                Map<String, TopicDescription> topics = admin.describeTopics(Topics.STACK).allTopicNames().get();
                assertThat(topics).hasSize(Topics.STACK.size());
                for (TopicDescription topic : topics.values()) {
                    assertThat(topic.partitions()).as(topic.name()).hasSize(3)
                            .allSatisfy(p -> assertThat(p.leader()).isNotNull());
                }
                assertThat(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true)).names().get())
                        .contains("__consumer_offsets");
                assertThat(config(admin, "metrics.extracted").get("max.message.bytes").value()).isEqualTo(String.valueOf(16 * 1024 * 1024));
            }
        }
    }

    @Test
    void theLagOfAGroupIsWhatWasWrittenButNotYetCommitted() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(Ports.free(), Ports.free(), dataDir).start();
             var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.<String, Object>of(
                     "bootstrap.servers", broker.bootstrapServers()),
                     new org.apache.kafka.common.serialization.StringSerializer(), new org.apache.kafka.common.serialization.StringSerializer());
             Admin admin = admin(broker.bootstrapServers());
             ConsumerLag lag = new ConsumerLag(broker.bootstrapServers())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("reports.ingested", 0, "r" + i, "v")).get();
            }
            admin.alterConsumerGroupOffsets("nlp-service", Map.of(new org.apache.kafka.common.TopicPartition("reports.ingested", 0),
                    new org.apache.kafka.clients.consumer.OffsetAndMetadata(2))).all().get();
            assertThat(lag.of(List.of("nlp-service"))).containsExactly(new ConsumerLag.Lag("nlp-service", "reports.ingested", 3, 1));
        }
    }

    @Test
    void theTopicsLayoutComesFromTheEnvironmentAndMustBeConsistent() {
        Topics.Settings settings = Topics.Settings.fromEnvironment(Map.of("REPORTLENS_TOPIC_PARTITIONS", "8",
                "REPORTLENS_TOPIC_REPLICATION_FACTOR", "3", "REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS", "2"), Topics.Settings.oneMachine());
        assertThat(settings).isEqualTo(new Topics.Settings(8, (short) 3, 2));
        assertThat(Topics.Settings.fromEnvironment(Map.of(), Topics.Settings.oneMachine())).isEqualTo(new Topics.Settings(3, (short) 1, 1));
        assertThatThrownBy(() -> new Topics.Settings(4, (short) 1, 2)).hasMessageContaining("min.insync.replicas");
    }

    /**
     * Three nodes in KRaft mode, as deploy/run --cluster starts them: the topics get three replicas
     * and min.insync.replicas 2; with one node down every partition still has a leader and two in-sync
     * replicas, so acks=all writes go on.
     */
    @Test
    void aThreeNodeClusterKeepsEveryPartitionLedAndInSyncWhenOneNodeStops() throws Exception {
        List<KafkaBroker.Node> nodes = List.of(new KafkaBroker.Node(1, Ports.free(), Ports.free()),
                new KafkaBroker.Node(2, Ports.free(), Ports.free()), new KafkaBroker.Node(3, Ports.free(), Ports.free()));
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        List<KafkaBroker> brokers = new ArrayList<>();
        List<Thread> starting = new ArrayList<>();
        try {
            for (KafkaBroker.Node node : nodes) {
                KafkaBroker broker = KafkaBroker.clusterNode(node, nodes, clusterId, dataDir.resolve("node-" + node.id()));
                brokers.add(broker);
                Thread thread = new Thread(() -> {
                    try {
                        broker.start();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                thread.start();
                starting.add(thread);
            }
            for (Thread thread : starting) {
                thread.join(120_000);
            }
            String bootstrap = brokers.stream().map(KafkaBroker::bootstrapServers).reduce((a, b) -> a + "," + b).orElseThrow();
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            Topics.ensure(bootstrap, Topics.Settings.cluster(4), Duration.ofMinutes(2), new PrintStream(report, true, StandardCharsets.UTF_8));
            try (Admin admin = admin(bootstrap)) {
                for (TopicDescription topic : admin.describeTopics(Topics.STACK).allTopicNames().get().values()) {
                    assertThat(topic.partitions()).as(topic.name()).hasSize(4)
                            .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
                    assertThat(config(admin, topic.name()).get("min.insync.replicas").value()).isEqualTo("2");
                }
            }
            brokers.get(0).stop();
            String survivors = brokers.get(1).bootstrapServers() + "," + brokers.get(2).bootstrapServers();
            // Ready again means: every partition led and in sync on at least two of the remaining nodes.
            Topics.ensure(survivors, Topics.Settings.cluster(4), Duration.ofMinutes(2), new PrintStream(report, true, StandardCharsets.UTF_8));
            assertThat(report.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            // Together: a node stopping alone after the others would wait for a controller quorum that is gone.
            brokers.parallelStream().forEach(KafkaBroker::stop);
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
