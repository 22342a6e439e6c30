package io.reportlens.query;

import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.reportlens.query.support.Pipeline;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OperationsTest {

    @Inject
    MongoClient mongo;

    @Test
    void readyWhenMongoAndTheKafkaConsumerAnswerAndTheConsumerHasJoinedItsGroup() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100); // the group join takes a moment after start
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("MongoDB connection health check", "SmallRye Reactive Messaging - readiness check",
                        "reports.extracted consumer"));
    }

    @Test
    void openApiAndSwaggerUi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/metrics")).body(containsString("/api/indicators/{id}/series"))
                .body(containsString("家庭医生签约率"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsCountRequestsUpsertsAndConsumerLag() {
        Pipeline.loadBase();
        given().get("/api/metrics");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("reportlens_query_upserts_total{outcome=\"applied\"}"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
    }

    @Test
    void everyFilterAndSortPathHasAnIndex() {
        Map<String, List<String>> expected = Map.of(
                "query_reports", List.of("regionCode_1_periodYear_1_superseded_1", "region_1", "province_1", "docType_1",
                        "periodYear_1", "issuer_1", "publishedDate_1", "title_1", "extractedAt_1"),
                "query_metrics", List.of("indicatorId_1_regionCode_1_year_1", "indicatorId_1_year_1_regionCode_1",
                        "indicatorId_1_year_1_value_-1__id_1_superseded_1", "seriesKey_1",
                        "regionCode_1_year_1", "year_1_regionCode_1_superseded_1", "reportId_1",
                        "region_1", "indicator_1", "kind_1", "unit_1", "value_1"),
                "query_commitments", List.of("regionCode_1_year_1", "track.seriesKey_1", "reportId_1", "region_1", "year_1", "topic_1",
                        "strength_1", "status_1", "due_1", "measurable_1"));
        expected.forEach((collection, names) -> {
            List<String> present = mongo.getDatabase("reportlens").getCollection(collection).listIndexes()
                    .map(d -> d.getString("name")).into(new ArrayList<>());
            assertThat(present).as(collection).containsAll(names);
        });
    }

    @Test
    void theQueryCollectionsAreThePlainOnes() {
        Pipeline.loadBase();
        List<String> present = mongo.getDatabase("reportlens").listCollectionNames().into(new ArrayList<>());
        assertThat(present.stream().filter(name -> name.startsWith("query_")))
                .as("reports, metrics and commitments in their own collections; no view keyed by the question")
                .containsExactlyInAnyOrder("query_reports", "query_texts", "query_metrics", "query_commitments",
                        "query_catalog", "query_supersessions");
    }
}
