package io.reportlens.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.ContractValidator;
import io.reportlens.infra.testing.InfraTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ReportIngestedConsumerTest {

    private static final String REPORT = """
            某市卫生健康委员会2023年工作总结
            一、2023年工作情况
            全市共有医疗卫生机构1850个,每千常住人口床位5.12张,家庭医生签约率达68.3%。
            二、2024年工作计划
            力争年内建成县域医疗服务次中心5家。
            """;

    private final ObjectMapper json = new ObjectMapper();
    private final ContractValidator contracts = new ContractValidator();

    @Test
    void extractsAnIngestedReportAndPublishesResultsThatMatchTheContracts() throws Exception {
        String reportId = UUID.randomUUID().toString();
        KafkaTestClient.send("reports.ingested", reportId, ingestedEvent(reportId, REPORT));

        List<ConsumerRecord<String, String>> extracted = KafkaTestClient.readUntil("reports.extracted",
                records -> records.stream().anyMatch(r -> reportId.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> result = extracted.stream().filter(r -> reportId.equals(r.key())).findFirst().orElseThrow();
        assertThat(contracts.violations("reports.extracted", result.value())).isEmpty();
        JsonNode event = json.readTree(result.value());
        assertThat(event.get("subject").asText()).isEqualTo(reportId);
        assertThat(header(result, "content-type")).startsWith("application/cloudevents+json");
        JsonNode data = event.get("data");
        int metricCount = data.get("metrics").size();
        assertThat(metricCount).isGreaterThanOrEqualTo(3);
        String text = data.get("text").asText();
        for (JsonNode metric : data.get("metrics")) {
            assertThat(text.substring(metric.get("start").asInt(), metric.get("end").asInt())).isEqualTo(metric.get("text").asText());
        }

        List<ConsumerRecord<String, String>> metrics = KafkaTestClient.readUntil("metrics.extracted",
                records -> records.stream().filter(r -> subject(r).equals(reportId)).count() >= metricCount, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> ours = metrics.stream().filter(r -> subject(r).equals(reportId)).toList();
        assertThat(ours).hasSize(metricCount);
        for (ConsumerRecord<String, String> metric : ours) {
            assertThat(contracts.violations("metrics.extracted", metric.value())).isEmpty();
            assertThat(metric.key()).contains("|");
        }
        int commitmentCount = data.get("commitments").size();
        if (commitmentCount > 0) {
            List<ConsumerRecord<String, String>> commitments = KafkaTestClient.readUntil("commitments.extracted",
                    records -> records.stream().filter(r -> reportId.equals(r.key())).count() >= commitmentCount, Duration.ofSeconds(30));
            commitments.stream().filter(r -> reportId.equals(r.key()))
                    .forEach(c -> assertThat(contracts.violations("commitments.extracted", c.value())).isEmpty());
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextReportIsStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaTestClient.send("reports.ingested", poisonKey, "{this is not a cloud event");
        String nextId = UUID.randomUUID().toString();
        KafkaTestClient.send("reports.ingested", nextId, ingestedEvent(nextId, REPORT));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil("reports.ingested.dlq",
                records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo("{this is not a cloud event");
        assertThat(header(poison, "dead-letter-reason")).contains("not a CloudEvents JSON envelope");

        List<ConsumerRecord<String, String>> extracted = KafkaTestClient.readUntil("reports.extracted",
                records -> records.stream().anyMatch(r -> nextId.equals(r.key())), Duration.ofSeconds(60));
        assertThat(extracted).anyMatch(r -> nextId.equals(r.key()));
    }

    @Test
    void aReportWithoutTextIsDeadLetteredNamingTheReport() throws Exception {
        String reportId = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) json.readTree(ingestedEvent(reportId, "x"));
        ((ObjectNode) event.get("data")).put("text", "");
        KafkaTestClient.send("reports.ingested", reportId, json.writeValueAsString(event));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil("reports.ingested.dlq",
                records -> records.stream().anyMatch(r -> reportId.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> reportId.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(record, "dead-letter-reason")).contains(reportId).contains("no text");
    }

    private String ingestedEvent(String reportId, String text) throws Exception {
        ObjectNode data = json.createObjectNode()
                .put("reportId", reportId).put("version", 1).put("format", "text").put("charset", "UTF-8")
                .put("contentHash", "0".repeat(64)).put("sizeBytes", text.getBytes(StandardCharsets.UTF_8).length)
                .put("text", text).put("ingestedAt", Instant.now().toString());
        ObjectNode event = json.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "/test")
                .put("type", "io.reportlens.report.ingested").put("time", Instant.now().toString())
                .put("subject", reportId).put("datacontenttype", "application/json");
        event.set("data", data);
        String value = json.writeValueAsString(event);
        assertThat(contracts.violations("reports.ingested", value)).isEmpty();
        return value;
    }

    private String subject(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).path("subject").asText();
        } catch (Exception e) {
            return "";
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
