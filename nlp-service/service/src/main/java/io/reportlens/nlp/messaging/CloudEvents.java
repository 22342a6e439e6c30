package io.reportlens.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.nlp.model.CloudEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Wraps payloads in CloudEvents 1.0 structured-mode envelopes (the JSON value carries the attributes
 * and the data; the {@code content-type} header says so, per the CloudEvents Kafka binding) and reads them back.
 */
@ApplicationScoped
public class CloudEvents {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final ObjectMapper json;

    public CloudEvents(ObjectMapper json) {
        this.json = json;
    }

    public Message<String> message(String source, String type, String subject, String key, Object data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), source, type, Instant.now().toString(),
                subject, "application/json", json.valueToTree(data));
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return Message.of(json.writeValueAsString(event)).addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withHeaders(headers).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a " + type + " event", e);
        }
    }

    /** Reads an envelope's data as {@code type}; throws {@link IllegalArgumentException} naming what is wrong. */
    public <T> T data(String value, Class<T> type) {
        try {
            CloudEvent event = json.readValue(value, CloudEvent.class);
            if (event.data() == null || event.data().isNull()) {
                throw new IllegalArgumentException("the event has no data");
            }
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event is not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
    }
}
