package io.reportlens.query.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractorVersionsTest {

    @Test
    void ordersNumericallyPartByPart() {
        assertThat(ExtractorVersions.orderKey("1.10.0")).isGreaterThan(ExtractorVersions.orderKey("1.9.3"));
        assertThat(ExtractorVersions.orderKey("2.0.0")).isGreaterThan(ExtractorVersions.orderKey("1.999.999"));
        assertThat(ExtractorVersions.orderKey("0.1.10")).isGreaterThan(ExtractorVersions.orderKey("0.1.9"));
        assertThat(ExtractorVersions.orderKey("1.2.3")).isEqualTo(ExtractorVersions.orderKey("1.2.3"));
    }

    @Test
    void refusesWhatIsNotMajorMinorPatch() {
        assertThatThrownBy(() -> ExtractorVersions.orderKey("v2")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> ExtractorVersions.orderKey("1.2")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> ExtractorVersions.orderKey(null)).isInstanceOf(InvalidEventException.class);
    }
}
