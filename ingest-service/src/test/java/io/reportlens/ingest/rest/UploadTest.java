package io.reportlens.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.engine.read.DocumentFixtures;
import io.reportlens.infra.testing.ContractValidator;
import io.reportlens.infra.testing.InfraTestResource;
import io.reportlens.ingest.Fixtures;
import io.reportlens.ingest.Infra;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.reportlens.ingest.Infra.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class UploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractValidator CONTRACT = new ContractValidator();

    @Test
    void plainTextIsStoredPublishedAndDescribed() throws Exception {
        String text = Fixtures.report();
        Response response = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("sourceUrl", "https://wsjkw.donghu.example.gov.cn/art/" + UUID.randomUUID() + ".html")
                .queryParam("title", "东湖市卫生健康委员会2024年工作总结")
                .queryParam("publishedDate", "2025-01-20")
                .post("/api/reports");
        response.then().statusCode(202).body("duplicate", equalTo(false)).body("version", equalTo(1))
                .header("Location", startsWith("http"));
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/reports/" + id);
        assertThat((String) response.path("location")).isEqualTo("/api/reports/" + id);

        JsonNode event = onlyEventOf(id);
        assertThat(CONTRACT.violations(Infra.TOPIC, event.toString())).isEmpty();
        JsonNode data = event.get("data");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(data.get("text").asText()).isEqualTo(text);
        assertThat(data.get("format").asText()).isEqualTo("text");
        assertThat(data.get("publishedDate").asText()).isEqualTo("2025-01-20");
        assertThat(data.get("title").asText()).isEqualTo("东湖市卫生健康委员会2024年工作总结");

        api().get("/api/reports/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("state", equalTo("published")).body("sizeBytes", equalTo(text.getBytes(StandardCharsets.UTF_8).length))
                .body("contentHash", equalTo(data.get("contentHash").asText()));
        byte[] content = api().get("/api/reports/" + id + "/content").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asByteArray();
        assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo(text);
        api().get("/api/reports/" + id + "/status").then().statusCode(200)
                .body("stored", equalTo(true)).body("published", equalTo(true))
                .body("extracted", equalTo(null)).body("note", startsWith("query-service is unreachable"));
    }

    @Test
    void textWithoutCharsetAndOctetStreamAreSniffed() {
        String id = api().contentType("text/plain").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        assertThat(onlyEventOf(id).get("data").get("text").asText()).contains("东湖市卫生健康委员会");
        String sniffed = api().contentType("application/octet-stream").body(Fixtures.report().getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        assertThat(onlyEventOf(sniffed).get("data").get("text").asText()).contains("县域内就诊率");
    }

    @Test
    void htmlInALegacyChineseCharsetIsRead() {
        String tag = UUID.randomUUID().toString();
        byte[] gbk = Fixtures.html(tag).getBytes(Charset.forName("GB18030"));
        String id = api().contentType("text/html; charset=GB18030").body(gbk)
                .post("/api/reports").then().statusCode(202).extract().path("id");
        JsonNode event = onlyEventOf(id);
        assertThat(CONTRACT.violations(Infra.TOPIC, event.toString())).isEmpty();
        assertThat(event.get("data").get("text").asText()).contains("家庭医生签约服务").contains(tag);
    }

    @Test
    void jsonFormsTakeTextHtmlAndBase64() {
        String textId = api().contentType("application/json")
                .body(Map.of("text", Fixtures.report(), "title", "工作总结", "publishedDate", "2024-12-31"))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        String htmlId = api().contentType("application/json").body(Map.of("html", Fixtures.html(UUID.randomUUID().toString())))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        String base64 = Base64.getEncoder().encodeToString(Fixtures.report().getBytes(StandardCharsets.UTF_8));
        String base64Id = api().contentType("application/json")
                .body(Map.of("contentBase64", base64, "contentType", "text/plain; charset=UTF-8"))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        for (String id : List.of(textId, htmlId, base64Id)) {
            JsonNode event = onlyEventOf(id);
            assertThat(CONTRACT.violations(Infra.TOPIC, event.toString())).isEmpty();
        }
        assertThat(onlyEventOf(textId).get("data").get("publishedDate").asText()).isEqualTo("2024-12-31");
    }

    @Test
    void multipartTakesAFileAndMetadataFields() {
        String url = "https://wsjkw.donghu.example.gov.cn/multipart/" + UUID.randomUUID();
        String id = api().multiPart("file", "report.txt", Fixtures.report().getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("sourceUrl", url).multiPart("publishedDate", "2025-02-01")
                .post("/api/reports").then().statusCode(202).extract().path("id");
        JsonNode data = onlyEventOf(id).get("data");
        assertThat(data.get("sourceUrl").asText()).isEqualTo(url);
        assertThat(data.get("publishedDate").asText()).isEqualTo("2025-02-01");
        api().multiPart("sourceUrl", url).post("/api/reports").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("file"));
    }

    @Test
    void docxIsReadIntoTheEvent() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            docx.createParagraph().createRun().setText("南溪区卫生健康局2024年工作要点");
            docx.createParagraph().createRun().setText("全年力争完成村卫生室标准化建设32个。" + UUID.randomUUID());
            docx.write(out);
        }
        String id = api().multiPart("file", "要点.docx", out.toByteArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .post("/api/reports").then().statusCode(202).extract().path("id");
        JsonNode event = onlyEventOf(id);
        assertThat(CONTRACT.violations(Infra.TOPIC, event.toString())).isEmpty();
        assertThat(event.get("data").get("format").asText()).isEqualTo("docx");
        assertThat(event.get("data").get("text").asText()).contains("村卫生室标准化建设");
    }

    @Test
    void pdfIsReadIntoTheEventAndKeptAsUploaded() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8); // short: a PDF line holds 30 characters
        byte[] pdf = DocumentFixtures.pdf("南溪区卫生健康局2024年工作总结\n全区家庭医生签约服务覆盖率达到76.5%。\n编号" + tag);
        String id = api().contentType("application/pdf").body(pdf)
                .post("/api/reports").then().statusCode(202).extract().path("id");
        JsonNode event = onlyEventOf(id);
        assertThat(CONTRACT.violations(Infra.TOPIC, event.toString())).isEmpty();
        JsonNode data = event.get("data");
        assertThat(data.get("format").asText()).isEqualTo("pdf");
        assertThat(data.get("text").asText()).contains("家庭医生签约服务覆盖率达到76.5%").contains(tag);
        byte[] stored = api().get("/api/reports/" + id + "/content").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(stored).isEqualTo(pdf);
    }

    @Test
    void batchAnswersPerLine() throws Exception {
        String good = JSON.writeValueAsString(Map.of("text", Fixtures.report()));
        String duplicate = good;
        String badDate = JSON.writeValueAsString(Map.of("text", Fixtures.report(), "publishedDate", "去年"));
        String body = good + "\n" + duplicate + "\n\n{not json\n" + badDate + "\n";
        Response response = api().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/reports/batch");
        response.then().statusCode(200);
        List<Map<String, Object>> results = response.jsonPath().getList("$");
        assertThat(results).extracting(r -> r.get("line")).containsExactly(1, 2, 4, 5);
        assertThat(results).extracting(r -> r.get("status")).containsExactly(202, 200, 400, 400);
        assertThat(results.get(1).get("id")).isEqualTo(results.get(0).get("id"));
        assertThat(results.get(1).get("duplicate")).isEqualTo(true);
        assertThat(response.jsonPath().getString("[2].problem.type")).endsWith("/malformed-json");
        assertThat(response.jsonPath().getString("[3].problem.parameter")).isEqualTo("publishedDate");
        assertThat(onlyEventOf((String) results.get(0).get("id"))).isNotNull();
    }

    @Test
    void unknownReportIsAProblem() {
        api().get("/api/reports/no-such-report").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/reports/no-such-report"));
    }

    static JsonNode onlyEventOf(String id) {
        Infra.await("the event of " + id, Duration.ofSeconds(30), () -> !Infra.eventsOf(id).isEmpty());
        List<ConsumerRecord<String, String>> events = Infra.eventsOf(id);
        assertThat(events).hasSize(1);
        try {
            return JSON.readTree(events.get(0).value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
