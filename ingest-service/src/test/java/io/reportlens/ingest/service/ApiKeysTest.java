package io.reportlens.ingest.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void withoutKeysWritesAreOpen() {
        assertThat(new ApiKeys(List.of()).check(null)).isEqualTo(ApiKeys.Verdict.ALLOWED);
        assertThat(new ApiKeys(List.of(" ", "")).check("anything")).isEqualTo(ApiKeys.Verdict.ALLOWED);
    }

    @Test
    void withKeysOneOfThemIsNeeded() {
        ApiKeys keys = new ApiKeys(List.of("alpha", " beta "));
        assertThat(keys.check(null)).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(keys.check("")).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(keys.check("gamma")).isEqualTo(ApiKeys.Verdict.WRONG);
        assertThat(keys.check("alph")).isEqualTo(ApiKeys.Verdict.WRONG);
        assertThat(keys.check("beta")).isEqualTo(ApiKeys.Verdict.ALLOWED);
        assertThat(keys.check("alpha")).isEqualTo(ApiKeys.Verdict.ALLOWED);
    }
}
