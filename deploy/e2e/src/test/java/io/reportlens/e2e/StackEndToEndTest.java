package io.reportlens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack as a user runs it: deploy/run starts Kafka, the store and the three services;
 * reports are posted to ingest-service in several forms; their figures must be queryable from
 * query-service within a time bound; the data outlives a restart; deploy/stop leaves no process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackEndToEndTest {

    private static final Duration QUERYABLE_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Stack stack;
    private static final Map<String, String> reportIds = new LinkedHashMap<>();

    @BeforeAll
    static void startStack() throws Exception {
        stack = new Stack(Files.createTempDirectory("reportlens-e2e-"));
        for (int port : Stack.PORTS) {
            assertThat(Stack.listening(port)).as("port %d must be free for the end-to-end test", port).isFalse();
        }
        stack.start();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void postedReportsBecomeQueryableWithTheirFigures() throws Exception {
        Path fixtures = stack.root.resolve("deploy/e2e/fixtures");
        byte[] hengshui = Files.readAllBytes(fixtures.resolve("hengshui-2023-summary.txt"));
        reportIds.put("utf8", post(hengshui, "text/plain; charset=UTF-8"));
        // The same kind of report as GBK with no charset declared, as many government sites serve it.
        byte[] gbk = new String(Files.readAllBytes(fixtures.resolve("dazhou-2024-plan.html")), StandardCharsets.UTF_8)
                .replace("charset=\"UTF-8\"", "").replace("<meta charset=\"UTF-8\">", "")
                .getBytes(Charset.forName("GBK"));
        reportIds.put("html-gbk", post(gbk, "text/html"));
        reportIds.put("traditional", post(Files.readAllBytes(fixtures.resolve("shaoguan-2022-summary-traditional.txt")),
                "text/plain; charset=UTF-8"));

        JsonNode utf8 = awaitQueryable(reportIds.get("utf8"));
        assertThat(values(utf8)).contains(6.35, 78.6);
        JsonNode html = awaitQueryable(reportIds.get("html-gbk"));
        assertThat(values(html)).contains(8.0);
        assertThat(html.toString()).doesNotContain("扫一扫");
        JsonNode traditional = awaitQueryable(reportIds.get("traditional"));
        assertThat(values(traditional)).contains(4.12, 71.2);
        assertThat(traditional.toString()).contains("每千常住人口床位").doesNotContain("牀位").doesNotContain("衛生");
    }

    @Test
    @Order(2)
    void theSameContentPostedAgainIsADuplicate() throws Exception {
        byte[] hengshui = Files.readAllBytes(stack.root.resolve("deploy/e2e/fixtures/hengshui-2023-summary.txt"));
        HttpResponse<String> again = send(HttpRequest.newBuilder(ingest("/api/reports"))
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(hengshui)).build());
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(again.body());
        assertThat(body.get("duplicate").asBoolean()).isTrue();
        assertThat(body.get("id").asText()).isEqualTo(reportIds.get("utf8"));
    }

    /**
     * A real pair of the corpus (deploy/e2e/fixtures/gansu-*): Gansu's 2016 plan promised, by 2017,
     * 县域内就诊率 about 90% among other targets; the province's 2021 speech, a later report of the same
     * region, states none of those figures. A reader would say: no evidence either way — not met, not
     * kept — and a promise with only a deadline cannot be judged by figures at all.
     */
    @Test
    @Order(3)
    void aPlanIsJudgedAgainstTheLaterReportsOfItsRegion() throws Exception {
        Path fixtures = stack.root.resolve("deploy/e2e/fixtures");
        String plan = post(Files.readAllBytes(fixtures.resolve("gansu-2016-plan.txt")), "text/plain; charset=UTF-8");
        String speech = post(Files.readAllBytes(fixtures.resolve("gansu-2021-speech.txt")), "text/plain; charset=UTF-8");
        reportIds.put("gansu-plan", plan);
        reportIds.put("gansu-speech", speech);
        JsonNode later = awaitReport(speech).path("report");
        assertThat(later.path("regionCode").asText()).isEqualTo("620000");
        assertThat(later.path("periodYear").asInt()).isEqualTo(2021);

        JsonNode targets = awaitCommitment(plan, "县域内就诊率", "no_evidence");
        assertThat(targets.path("regionCode").asText()).isEqualTo("620000");
        assertThat(targets.path("due").asText()).isEqualTo("2017-12-31");
        assertThat(targets.path("targets").size()).isEqualTo(3);
        assertThat(awaitCommitment(plan, "向下转诊", "untracked").path("status").asText()).isEqualTo("untracked");
    }

    @Test
    @Order(4)
    void dataOutlivesARestartAndStopLeavesNoProcess() throws Exception {
        stack.stop();
        assertThat(stack.livePids()).isEmpty();
        for (int port : Stack.PORTS) {
            assertThat(Stack.listening(port)).as("port %d after deploy/stop", port).isFalse();
        }
        stack.start();
        for (String id : reportIds.values()) {
            HttpResponse<String> report = send(HttpRequest.newBuilder(query("/api/reports/" + id)).GET().build());
            assertThat(report.statusCode()).as("report %s after a restart", id).isEqualTo(200);
        }
    }

    private static String post(byte[] body, String contentType) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(ingest("/api/reports"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return JSON.readTree(response.body()).get("id").asText();
    }

    /**
     * The measurable commitment of a report whose text contains {@code words}, once its follow-through
     * verdict is {@code status} (verdicts settle as later reports arrive).
     */
    private static JsonNode awaitCommitment(String reportId, String words, String status) throws Exception {
        return await("a commitment of " + reportId + " containing " + words + " with status " + status,
                "/api/commitments?measurable=true&size=100&reportId=" + reportId, body -> {
                    for (JsonNode c : body.path("items")) {
                        if (c.path("text").asText().contains(words) && status.equals(c.path("status").asText())) {
                            return c;
                        }
                    }
                    return null;
                });
    }

    /** A report once it is stored, whatever it holds. */
    private static JsonNode awaitReport(String id) throws Exception {
        return await("report " + id + " stored", "/api/reports/" + id, body -> body);
    }

    private static JsonNode awaitQueryable(String id) throws Exception {
        return await("report " + id + " queryable with metrics", "/api/reports/" + id,
                body -> body.path("metrics").size() > 0 ? body : null);
    }

    /**
     * Polls a query-service path until {@code found} picks a non-null answer from a 200 body, or fails
     * with the last answer after {@link #QUERYABLE_WITHIN}.
     */
    private static JsonNode await(String what, String path, java.util.function.Function<JsonNode, JsonNode> found) throws Exception {
        long deadline = System.nanoTime() + QUERYABLE_WITHIN.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = send(HttpRequest.newBuilder(query(path)).GET().build());
            if (last.statusCode() == 200) {
                JsonNode answer = found.apply(JSON.readTree(last.body()));
                if (answer != null) {
                    return answer;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not " + what + " within " + QUERYABLE_WITHIN
                + "; last answer: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static java.util.List<Double> values(JsonNode report) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        report.path("metrics").forEach(m -> values.add(m.get("value").asDouble()));
        return values;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI ingest(String path) {
        return URI.create("http://127.0.0.1:" + Stack.INGEST + path);
    }

    private static URI query(String path) {
        return URI.create("http://127.0.0.1:" + Stack.QUERY + path);
    }
}
