package io.reportlens.query.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;

/**
 * Knows when the {@code reports.extracted} consumer has joined its group: until its first
 * assignment, a report extracted now would wait for the join, so the service is not ready.
 */
@ApplicationScoped
@Identifier(ConsumerAssignment.NAME)
public class ConsumerAssignment implements KafkaConsumerRebalanceListener {

    static final String NAME = "reports-extracted-assignment";

    private volatile boolean joined;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined = true; // an instance left without partitions has joined too: its group shares the work
    }

    boolean joined() {
        return joined;
    }
}
