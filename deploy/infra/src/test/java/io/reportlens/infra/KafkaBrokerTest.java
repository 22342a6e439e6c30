package io.reportlens.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                 Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                Map<String, TopicDescription> topics = admin.describeTopics(KafkaBroker.STACK_TOPICS).allTopicNames().get();
                assertEquals(KafkaBroker.STACK_TOPICS.size(), topics.size());
                for (TopicDescription topic : topics.values()) {
                    assertEquals(3, topic.partitions().size(), topic.name());
                    topic.partitions().forEach(p -> assertNotNull(p.leader(), topic.name() + " partition " + p.partition()));
                }
                assertTrue(admin.listTopics().names().get().containsAll(KafkaBroker.STACK_TOPICS));
            }
        }
    }
}
