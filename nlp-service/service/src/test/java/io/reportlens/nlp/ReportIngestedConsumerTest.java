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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

        ConsumerRecord<String, String> result = awaitOne("reports.extracted", reportId);
        assertThat(contracts.violations("reports.extracted", result.value())).isEmpty();
        JsonNode event = json.readTree(result.value());
        assertThat(event.get("subject").asText()).isEqualTo(reportId);
        assertThat(header(result, "content-type")).startsWith("application/cloudevents+json");
        JsonNode data = event.get("data");
        String version = data.get("extractorVersion").asText();
        assertThat(event.get("id").asText()).isEqualTo(reportId + "/" + version + "/report");
        int metricCount = data.get("metrics").size();
        assertThat(metricCount).isGreaterThanOrEqualTo(3);
        String text = data.get("text").asText();
        for (JsonNode metric : data.get("metrics")) {
            assertThat(text.substring(metric.get("start").asInt(), metric.get("end").asInt())).isEqualTo(metric.get("text").asText());
        }

        List<ConsumerRecord<String, String>> ours = awaitOfReport("metrics.extracted", reportId, metricCount);
        assertThat(ours).hasSize(metricCount);
        String region = firstPresent(data.at("/report/regionCode"), data.at("/report/region"), reportId);
        for (ConsumerRecord<String, String> metric : ours) {
            assertThat(contracts.violations("metrics.extracted", metric.value())).isEmpty();
            JsonNode m = json.readTree(metric.value()).at("/data/metric");
            assertThat(metric.key()).isEqualTo(region + "|" + firstPresent(m.get("indicatorId"), m.get("indicator"), null))
                    .doesNotStartWith("null|");
            assertThat(eventId(metric)).isEqualTo(reportId + "/" + version + "/" + m.get("id").asText());
        }
        assertThat(ours.stream().map(this::eventId).distinct()).hasSize(metricCount);

        int commitmentCount = data.get("commitments").size();
        assertThat(commitmentCount).isPositive();
        List<ConsumerRecord<String, String>> commitments = awaitOfReport("commitments.extracted", reportId, commitmentCount);
        assertThat(commitments).hasSize(commitmentCount);
        for (ConsumerRecord<String, String> c : commitments) {
            assertThat(contracts.violations("commitments.extracted", c.value())).isEmpty();
            assertThat(c.key()).isEqualTo(reportId);
            assertThat(eventId(c)).isEqualTo(reportId + "/" + version + "/" + json.readTree(c.value()).at("/data/commitment/id").asText());
        }
    }

    @Test
    void aRedeliveredReportYieldsTheSameEventIdsSoASubscriberDropsTheRepeats() throws Exception {
        String reportId = UUID.randomUUID().toString();
        String ingested = ingestedEvent(reportId, REPORT);
        KafkaTestClient.send("reports.ingested", reportId, ingested);
        int metricCount = json.readTree(awaitOne("reports.extracted", reportId).value()).at("/data/metrics").size();
        KafkaTestClient.send("reports.ingested", reportId, ingested); // as after a crash before the offset was committed

        List<ConsumerRecord<String, String>> reports = awaitOfReport("reports.extracted", reportId, 2);
        List<ConsumerRecord<String, String>> metrics = awaitOfReport("metrics.extracted", reportId, 2 * metricCount);
        assertThat(reports).hasSize(2);
        assertThat(metrics).hasSize(2 * metricCount);
        assertThat(reports.stream().map(this::eventId).distinct()).hasSize(1);
        Set<String> distinct = metrics.stream().map(this::eventId).collect(Collectors.toSet());
        assertThat(distinct).hasSize(metricCount);
        // Each copy of a fact went to the same partition (same key), in the same order.
        Map<String, Set<Integer>> partitions = metrics.stream().collect(Collectors.groupingBy(this::eventId,
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));
        assertThat(partitions.values()).allMatch(p -> p.size() == 1);
    }

    @Test
    void aBatchWithAPoisonRecordInTheMiddleExtractsTheOthersAndDeadLettersOnlyThePoison() throws Exception {
        List<String> ids = new ArrayList<>();
        String poisonKey = "poison-" + UUID.randomUUID();
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i == 10) {
                records.add(new String[] {poisonKey, "{\"specversion\":\"1.0\",\"data\":null}"});
            }
            String id = UUID.randomUUID().toString();
            ids.add(id);
            records.add(new String[] {id, ingestedEvent(id, REPORT.replace("1850", String.valueOf(1000 + i)))});
        }
        KafkaTestClient.sendAll("reports.ingested", records);

        List<ConsumerRecord<String, String>> extracted = KafkaTestClient.readUntil("reports.extracted",
                read -> read.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), Duration.ofSeconds(90));
        assertThat(extracted.stream().map(ConsumerRecord::key).filter(ids::contains).distinct()).hasSize(ids.size());
        assertThat(extracted).noneMatch(r -> poisonKey.equals(r.key()));
        ConsumerRecord<String, String> dead = KafkaTestClient.readUntil("reports.ingested.dlq",
                read -> read.stream().anyMatch(r -> poisonKey.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(dead, "dead-letter-reason")).contains(poisonKey).contains("no data");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo("reports.ingested");
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

    private ConsumerRecord<String, String> awaitOne(String topic, String reportId) {
        return KafkaTestClient.readUntil(topic, records -> records.stream().anyMatch(r -> reportId.equals(r.key())), Duration.ofSeconds(60))
                .stream().filter(r -> reportId.equals(r.key())).findFirst().orElseThrow();
    }

    /** The records of {@code topic} whose subject is the report, once there are at least {@code count}. */
    private List<ConsumerRecord<String, String>> awaitOfReport(String topic, String reportId, int count) {
        return KafkaTestClient.readUntil(topic, records -> records.stream().filter(r -> subject(r).equals(reportId)).count() >= count,
                Duration.ofSeconds(60)).stream().filter(r -> subject(r).equals(reportId)).toList();
    }

    private String eventId(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstPresent(JsonNode first, JsonNode second, String otherwise) {
        for (JsonNode node : new JsonNode[] {first, second}) {
            if (node != null && !node.isNull() && !node.isMissingNode() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return otherwise;
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
