package io.reportlens.nlp.messaging;

import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionEventsTest {

    @Test
    void aMetricIsKeyedByItsSeriesTheRegionCodeAndTheIndicatorsCatalogId() {
        assertThat(ExtractionEvents.metricKey("r1", report("衡水市", "131100"), metric("beds-per-1000", "每千常住人口床位数")))
                .isEqualTo("131100|beds-per-1000");
    }

    @Test
    void withoutARegionCodeTheKeyFallsBackToTheRegionsNameThenTheReportIdNeverNull() {
        assertThat(ExtractionEvents.metricKey("r1", report("某市", null), metric("beds-per-1000", "每千常住人口床位数")))
                .isEqualTo("某市|beds-per-1000");
        assertThat(ExtractionEvents.metricKey("r1", report(null, null), metric("beds-per-1000", "每千常住人口床位数")))
                .isEqualTo("r1|beds-per-1000");
        assertThat(ExtractionEvents.metricKey("r1", report(" ", null), metric(null, "义诊活动")))
                .isEqualTo("r1|义诊活动");
    }

    @Test
    void anEventIdIsTheReportTheExtractorVersionAndTheFactSoARepeatHasTheSameId() {
        assertThat(ExtractionEvents.eventId("r1", "0.1.0", "m-abc")).isEqualTo("r1/0.1.0/m-abc")
                .isEqualTo(ExtractionEvents.eventId("r1", "0.1.0", "m-abc"))
                .isNotEqualTo(ExtractionEvents.eventId("r1", "0.2.0", "m-abc"))
                .isNotEqualTo(ExtractionEvents.eventId("r2", "0.1.0", "m-abc"));
    }

    private static ReportMetadata report(String region, String regionCode) {
        return new ReportMetadata(null, null, region, regionCode, null, null, null, 2023, null, "simplified");
    }

    private static Metric metric(String indicatorId, String indicator) {
        return new Metric("m-1", indicator, indicatorId, 5.12, null, "张", "5.12张", "=", "actual", 2023, null, null,
                "床位5.12张", 0, 7);
    }
}
