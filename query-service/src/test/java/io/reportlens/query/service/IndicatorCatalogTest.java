package io.reportlens.query.service;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When the catalog may stand in for a scan: only if every metric of the indicator is counted under a code. */
class IndicatorCatalogTest {

    @Test
    void allMetricsUnderCodesGiveTheirCodes() {
        Document regions = new Document("440200", 3).append("330500", 1);
        assertThat(IndicatorCatalog.codesOfAll(4, regions)).isEqualTo(Set.of("440200", "330500"));
    }

    @Test
    void aMetricCountedUnderARegionNameRulesTheCodesOut() {
        Document regions = new Document("440200", 3).append("南雄市", 1);
        assertThat(IndicatorCatalog.codesOfAll(4, regions)).isNull();
    }

    @Test
    void aMetricWithNoRegionAtAllRulesTheCodesOut() {
        // Four metrics, three counted under a region: the fourth had neither code nor name.
        assertThat(IndicatorCatalog.codesOfAll(4, new Document("440200", 3))).isNull();
    }
}
