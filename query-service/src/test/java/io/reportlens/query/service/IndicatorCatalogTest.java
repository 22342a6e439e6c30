package io.reportlens.query.service;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog counts a metric under its region code, else its region's name; the codes are the regions to read. */
class IndicatorCatalogTest {

    @Test
    void theCodesAmongTheCountedRegions() {
        Document regions = new Document("440200", 3).append("330500", 1).append("全国", 2).append("4402", 1);
        assertThat(IndicatorCatalog.codesAmong(regions)).isEqualTo(Set.of("440200", "330500"));
    }

    @Test
    void noRegionsNoCodes() {
        assertThat(IndicatorCatalog.codesAmong(new Document())).isEmpty();
    }
}
