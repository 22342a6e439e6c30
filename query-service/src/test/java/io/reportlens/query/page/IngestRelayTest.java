package io.reportlens.query.page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The page's upload path: ingest-service's upload and status endpoints relayed under query-service's origin. */
@QuarkusTest
@QuarkusTestResource(value = FakeIngest.class, restrictToAnnotatedClass = false)
class IngestRelayTest {

    @AfterEach
    void reset() {
        FakeIngest.NEXT.set(null);
        FakeIngest.LAST.set(null);
    }

    @Test
    void anUploadReachesIngestByteForByteWithItsTypeKeyAndMetadata() {
        byte[] gbk = "衡水市卫生健康委员会2023年工作总结".getBytes(Charset.forName("GBK"));
        FakeIngest.NEXT.set(new FakeIngest.Answer(202, "application/json",
                "{\"id\":\"r-1\",\"status\":\"pending\",\"duplicate\":false}", Map.of("Location", "/api/reports/r-1")));

        given().contentType("text/plain").header("X-API-Key", "k-123").queryParam("title", "工作总结")
                .queryParam("publishedDate", "2024-02-20").body(gbk)
                .post("/ingest/api/reports").then().statusCode(202)
                .header("Location", equalTo("/api/reports/r-1"))
                .body("id", equalTo("r-1")).body("duplicate", equalTo(false));

        FakeIngest.Received got = FakeIngest.LAST.get();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.pathAndQuery()).startsWith("/api/reports?").contains("publishedDate=2024-02-20")
                .contains("title=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93");
        assertThat(got.contentType()).startsWith("text/plain");
        assertThat(got.apiKey()).isEqualTo("k-123");
        assertThat(got.body()).isEqualTo(gbk);
    }

    @Test
    void ingestsRefusalComesBackAsItsOwnProblem() {
        FakeIngest.NEXT.set(new FakeIngest.Answer(415, "application/problem+json",
                "{\"type\":\"/problems/unsupported-type\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                        + "\"detail\":\"legacy .doc is not supported\"}", Map.of()));
        given().contentType("application/msword").body(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
                .post("/ingest/api/reports").then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("legacy .doc is not supported"));
    }

    @Test
    void theStatusOfAnUploadIsRelayedAndOnlyForAReportId() {
        FakeIngest.NEXT.set(new FakeIngest.Answer(200, "application/json",
                "{\"id\":\"r-1\",\"stored\":true,\"published\":true,\"extracted\":false}", Map.of()));
        given().get("/ingest/api/reports/r-1/status").then().statusCode(200)
                .body("published", equalTo(true)).body("extracted", equalTo(false));
        assertThat(FakeIngest.LAST.get().pathAndQuery()).isEqualTo("/api/reports/r-1/status");

        FakeIngest.LAST.set(null);
        given().get("/ingest/api/reports/..%20x/status").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("parameter", equalTo("id"));
        assertThat(FakeIngest.LAST.get()).as("nothing relayed").isNull();
    }

    @Test
    void anIngestServiceThatHangsUpIsABadGatewayThatNamesIt() {
        given().contentType("text/plain").body("卫生健康工作总结").post("/ingest/api/reports").then().statusCode(502)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/ingest-unreachable"))
                .body("detail", startsWith("ingest-service at http://127.0.0.1:"));
    }
}
