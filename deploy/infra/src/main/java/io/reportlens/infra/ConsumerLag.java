package io.reportlens.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How far each consumer group is behind: per group and topic, the records written but not yet
 * committed by the group (the end offset of each partition minus the group's committed offset).
 */
public final class ConsumerLag implements AutoCloseable {

    /** The stack's consumer groups. */
    public static final List<String> STACK_GROUPS = List.of("nlp-service", "query-service");

    /** A group's lag on one topic, summed over its partitions. */
    public record Lag(String group, String topic, long records, int partitions) {
    }

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public List<Lag> of(List<String> groups) throws ExecutionException, InterruptedException, TimeoutException {
        List<Lag> lags = new ArrayList<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<String, long[]> byTopic = new TreeMap<>();
            committed.forEach((partition, offset) -> {
                long[] sum = byTopic.computeIfAbsent(partition.topic(), t -> new long[2]);
                long end = ends.get(partition).offset();
                sum[0] += Math.max(0, end - (offset == null ? 0 : offset.offset()));
                sum[1]++;
            });
            byTopic.forEach((topic, sum) -> lags.add(new Lag(group, topic, sum[0], (int) sum[1])));
        }
        return lags;
    }

    @Override
    public void close() {
        admin.close();
    }
}
