package io.reportlens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's promises on the running stack: a broker outage during a stream of uploads and a crash
 * of nlp-service mid-stream lose no acknowledged report and duplicate none.
 */
class FaultToleranceEndToEndTest {

    private static final Duration SETTLES_WITHIN = Duration.ofSeconds(120);
    private static Stack stack;
    private static String template;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new Stack(Files.createTempDirectory("reportlens-faults-"));
        stack.start();
        template = Files.readString(stack.root.resolve("deploy/e2e/fixtures/hengshui-2023-summary.txt"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.stop();
            assertThat(stack.livePids()).isEmpty();
        }
    }

    @Test
    void aBrokerOutageDuringUploadsLosesAndDuplicatesNothing() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i == 4) {
                stack.part("stop", "kafka");
            }
            HttpResponse<String> response = Api.upload(variant("outage", i), "text/plain; charset=UTF-8");
            assertThat(response.statusCode()).as("upload %d: %s", i, response.body()).isEqualTo(202);
            ids.add(Api.id(response));
        }
        stack.part("start", "kafka");
        assertEachExtractedExactlyOnce(ids);
    }

    @Test
    void nlpServiceKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i == 3) {
                stack.part("kill", "nlp-service");
            }
            HttpResponse<String> response = Api.upload(variant("crash", i), "text/plain; charset=UTF-8");
            assertThat(response.statusCode()).as("upload %d: %s", i, response.body()).isEqualTo(202);
            ids.add(Api.id(response));
        }
        stack.part("start", "nlp-service");
        assertEachExtractedExactlyOnce(ids);
    }

    private static void assertEachExtractedExactlyOnce(List<String> ids) throws Exception {
        assertThat(ids).doesNotHaveDuplicates();
        for (String id : ids) {
            JsonNode report = Api.awaitReport(id, SETTLES_WITHIN);
            int metrics = report.path("metrics").size();
            HttpResponse<String> listed = Api.query("/api/metrics?reportId=" + id + "&size=500");
            assertThat(listed.statusCode()).isEqualTo(200);
            JsonNode page = Api.JSON.readTree(listed.body());
            assertThat(page.path("total").asInt()).as("metrics of report %s", id).isEqualTo(metrics);
        }
    }

    /** The template with a distinct figure, so no two uploads are duplicates of each other. */
    private static byte[] variant(String run, int i) {
        String marker = "全年开展健康教育活动" + (1000 + i) + "场。(" + run + ")";
        return (template + "\n" + marker + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
