package io.reportlens.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.nlp.model.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Wraps payloads in CloudEvents 1.0 structured-mode envelopes (the JSON value carries the attributes
 * and the data; the {@code content-type} header says so, per the CloudEvents Kafka binding) and reads them back.
 */
@ApplicationScoped
public class CloudEvents {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    private static final byte[] CONTENT_TYPE_BYTES = CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private static final TypeReference<CloudEvent<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public CloudEvents(ObjectMapper json) {
        this.json = json;
    }

    /** One event as a Kafka record: {@code id} is the event's deterministic id, {@code subject} the report id. */
    public ProducerRecord<String, String> record(String topic, String key, String id, String source, String type,
                                                 String subject, Object data) {
        CloudEvent<Object> event = new CloudEvent<>("1.0", id, source, type, Instant.now().toString(), subject,
                "application/json", data);
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json.writeValueAsString(event));
            record.headers().add("content-type", CONTENT_TYPE_BYTES);
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a " + type + " event", e);
        }
    }

    /** Reads an envelope's data as {@code type}; throws {@link IllegalArgumentException} naming what is wrong. */
    public <T> T data(String value, Class<T> type) {
        if (value == null) {
            throw new IllegalArgumentException("the record has no value");
        }
        try {
            CloudEvent<JsonNode> event = json.readValue(value, ENVELOPE);
            if (event.data() == null || event.data().isNull()) {
                throw new IllegalArgumentException("the event has no data");
            }
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event is not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
    }
}
