package io.reportlens.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.infra.testing.ContractValidator;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.query.support.Fixtures;
import io.reportlens.query.support.Pipeline;
import io.reportlens.query.support.ReportFixture;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The consumer, fed through the real broker: contract, idempotency, version order, supersession, dead letters. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ConsumerTest {

    private static final String DLQ = "reports.extracted.dlq";

    @Test
    void fixturesFollowTheContract() {
        ContractValidator validator = new ContractValidator();
        for (ReportFixture f : List.of(Fixtures.shaoguan2023("1.0.0"), Fixtures.shaoguan2024("1.0.0"),
                Fixtures.nanxiong2023("1.0.0"), Fixtures.huzhou2024("x", "1.0.0"), jiangxi("y", "1.2.0", 1))) {
            assertThat(validator.violations(Pipeline.TOPIC, f.event())).as(f.reportId()).isEmpty();
        }
    }

    @Test
    void theSameEventTwiceLeavesOneCopy() {
        ReportFixture fixture = jiangxi("dup-" + UUID.randomUUID(), "1.0.0", 1);
        String event = fixture.event();
        Pipeline.send(fixture.reportId(), event);
        Pipeline.awaitVersion(fixture.reportId(), "1.0.0");
        double duplicates = upserts("duplicate");
        Pipeline.send(fixture.reportId(), event);
        Pipeline.await("the second delivery", () -> RestAssured.get("/q/metrics"), r -> upserts("duplicate") > duplicates);

        given().get("/api/reports/" + fixture.reportId()).then().statusCode(200)
                .body("metrics", hasSize(2)).body("commitments", hasSize(1));
        given().queryParam("reportId", fixture.reportId()).get("/api/metrics").then().body("total", equalTo(2));
        String once = "items.findAll { it.reportId == '" + fixture.reportId() + "' }";
        given().queryParam("regionCode", "360100").queryParam("year", 2021).queryParam("includeSuperseded", true)
                .queryParam("size", 500).get("/api/reports").then()
                .body("items.findAll { it.id == '" + fixture.reportId() + "' }", hasSize(1));
        // Search sees a report about a second after the other endpoints (the indexer runs in batches).
        Pipeline.await("the report is searchable", () -> given().queryParam("q", "赣江新区").queryParam("type", "report")
                .queryParam("size", 500).get("/api/search"), r -> !r.jsonPath().getList(once).isEmpty());
        given().queryParam("q", "赣江新区").queryParam("type", "report").queryParam("size", 500).get("/api/search").then()
                .body(once, hasSize(1));
        given().queryParam("q", "赣江新区").queryParam("type", "commitment").queryParam("size", 500).get("/api/search")
                .then().body(once, hasSize(1));
    }

    @Test
    void aNewerExtractorVersionReplacesTheResultAndAnOlderOneIsIgnored() {
        String id = "ver-" + UUID.randomUUID();
        Pipeline.send(jiangxi(id, "1.2.0", 1));
        Pipeline.awaitVersion(id, "1.2.0");
        Pipeline.send(jiangxi(id, "1.10.0", 2));
        Pipeline.awaitVersion(id, "1.10.0");
        double ignored = upserts("older_ignored");
        // 1.9.0 < 1.10.0 numerically (not as text): it must not replace the newer result.
        Pipeline.send(jiangxi(id, "1.9.0", 3));
        Pipeline.await("the older event", () -> RestAssured.get("/q/metrics"), r -> upserts("older_ignored") > ignored);

        given().get("/api/reports/" + id).then().statusCode(200)
                .body("report.extractorVersion", equalTo("1.10.0"))
                .body("metrics.id", containsInAnyOrder("m-jx-a", "m-jx-c"))
                .body("metrics.find { it.id == 'm-jx-a' }.value", equalTo(2.0f))
                .body("commitments", hasSize(0));
        given().queryParam("reportId", id).get("/api/metrics").then().body("total", equalTo(2));
        given().queryParam("reportId", id).get("/api/commitments").then().body("total", equalTo(0));
        given().queryParam("q", "赣江新区").queryParam("type", "commitment").get("/api/search").then()
                .body("items.reportId", not(hasItem(id)));
    }

    @Test
    void aReissuedReportHidesThePreviousOneFromLists() {
        Pipeline.loadBase();
        given().queryParam("region", "湖州市").get("/api/reports").then()
                .body("items.id", contains(Fixtures.HUZHOU_2024_REISSUED));
        given().queryParam("region", "湖州市").queryParam("includeSuperseded", "true").get("/api/reports").then()
                .body("items.id", containsInAnyOrder(Fixtures.HUZHOU_2024, Fixtures.HUZHOU_2024_REISSUED));
        given().queryParam("region", "湖州市").get("/api/commitments").then()
                .body("items.reportId", everyItem(equalTo(Fixtures.HUZHOU_2024_REISSUED)));
        given().get("/api/reports/" + Fixtures.HUZHOU_2024).then().statusCode(200)
                .body("report.supersededBy", equalTo(Fixtures.HUZHOU_2024_REISSUED));
    }

    @Test
    void anEventThatCannotBeStoredGoesToTheDeadLetterTopicWithItsReason() {
        String unreadable = "bad-" + UUID.randomUUID();
        String badVersion = "badv-" + UUID.randomUUID();
        Pipeline.send(unreadable, "{not json");
        Pipeline.send(badVersion, jiangxi(badVersion, "1.0.0", 1).event().replace("\"1.0.0\"", "\"v2\""));

        Map<String, String> reasons = deadLetters(List.of(unreadable, badVersion));
        assertThat(reasons.get(unreadable)).contains("unreadable event");
        assertThat(reasons.get(badVersion)).contains("extractorVersion");
        given().get("/api/reports/" + badVersion).then().statusCode(404);
    }

    /** A small report of 南昌市 (江西省); variant 1, 2, 3 differ in their metrics and commitments. */
    static ReportFixture jiangxi(String id, String version, int variant) {
        String text = """
                南昌市卫生健康委2021年工作总结
                赣江新区新建社区卫生服务中心3个，全市孕产妇系统管理率达到95%。
                下一步，赣江新区年内再建成社区卫生服务中心2个。
                """;
        ReportFixture f = new ReportFixture(id, version, text)
                .report("南昌市卫生健康委2021年工作总结", "南昌市", "360100", "江西省", "city", "summary", 2021, "2022-01-05");
        f.metric("m-jx-a", "新建社区卫生服务中心3个", "新建社区卫生服务中心", "jx_test_new_centres",
                variant == 1 ? 3 : 2, "个", "3个", "=", "actual", null, null);
        if (variant == 1) {
            f.metric("m-jx-b", "孕产妇系统管理率达到95%", "孕产妇系统管理率", "jx_test_maternal_rate", 95, "%", "95%", "=",
                    "actual", null, null);
            f.commitment("c-jx-1", "赣江新区年内再建成社区卫生服务中心2个", "建成", "社区卫生服务中心", "年内", "2021-12-31",
                    null, "社区卫生服务中心", 2.0, "个", "=", "normal", "基层卫生");
        } else {
            f.metric("m-jx-c", "孕产妇系统管理率达到95%", "孕产妇系统管理率", "jx_test_maternal_rate", 95, "%", "95%", "=",
                    "actual", null, null);
        }
        return f;
    }

    static double upserts(String outcome) {
        String metrics = RestAssured.get("/q/metrics").asString();
        return metrics.lines()
                .filter(l -> l.startsWith("reportlens_query_upserts_total") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Map<String, String> deadLetters(List<String> keys) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, InfraTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(DLQ));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (reasons.size() < keys.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Header reason = r.headers().lastHeader("dead-letter-reason");
                    if (keys.contains(r.key()) && reason != null) {
                        reasons.put(r.key(), new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(reasons).containsOnlyKeys(keys);
        return reasons;
    }
}
