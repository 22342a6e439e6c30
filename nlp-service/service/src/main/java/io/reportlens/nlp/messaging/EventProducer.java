package io.reportlens.nlp.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends a batch of records without waiting for any one of them, then waits once for the broker to
 * have them all: a batch is published only when every record of it is.
 */
@ApplicationScoped
public class EventProducer {

    private final Producer<String, String> producer;

    public EventProducer(KafkaSettings settings) {
        this.producer = new KafkaProducer<>(settings.producer("nlp-service"));
    }

    /** Throws {@link PublishFailedException} when any record was not acknowledged. */
    public void sendAll(Collection<ProducerRecord<String, String>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<String, String> record : records) {
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new PublishFailedException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(e);
        } catch (RuntimeException e) {
            throw new PublishFailedException(e);
        }
    }

    /** Fetches the topics' metadata now, so the first batch after a start does not wait for it. */
    public void prepare(Collection<String> topics) {
        topics.forEach(producer::partitionsFor);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(10));
    }

    /** Some record of a batch did not reach the broker; the batch is to be taken again. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(Throwable cause) {
            super("publishing failed: " + cause, cause);
        }
    }
}
