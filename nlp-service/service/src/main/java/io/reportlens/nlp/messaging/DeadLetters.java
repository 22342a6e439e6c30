package io.reportlens.nlp.messaging;

import io.reportlens.nlp.config.NlpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * A {@code reports.ingested} record that cannot be extracted goes to {@code reports.ingested.dlq}
 * unchanged (same key, value and headers), with why and where it came from in headers, so an
 * operator can fix and replay it.
 */
@ApplicationScoped
public class DeadLetters {

    private final String topic;

    public DeadLetters(NlpConfig config) {
        this.topic = config.topics().deadLetter();
    }

    public ProducerRecord<String, String> of(ConsumerRecord<String, String> failed, Throwable reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, failed.key(), failed.value());
        for (Header header : failed.headers()) {
            record.headers().add(header);
        }
        add(record, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            add(record, "dead-letter-cause", String.valueOf(reason.getCause()));
        }
        add(record, "dead-letter-topic", failed.topic());
        add(record, "dead-letter-partition", String.valueOf(failed.partition()));
        add(record, "dead-letter-offset", String.valueOf(failed.offset()));
        return record;
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
