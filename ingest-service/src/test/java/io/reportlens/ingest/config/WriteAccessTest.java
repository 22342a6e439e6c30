package io.reportlens.ingest.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriteAccessTest {

    @Test
    void theProductionProfileRefusesToStartWithWritesOpenUnlessTold() {
        assertThat(WriteAccess.refusal(List.of(), List.of(), false)).get().asString()
                .contains("writes open").contains("REPORTLENS_INGEST_API_KEYS").contains("REPORTLENS_INGEST_OPERATOR_KEYS")
                .contains("REPORTLENS_INGEST_ALLOW_OPEN_WRITES=true");
        assertThat(WriteAccess.refusal(List.of("scraper"), List.of(" "), false)).get().asString()
                .contains("operator keys").doesNotContain("no upload keys");
        assertThat(WriteAccess.refusal(List.of("scraper"), List.of("operator"), false)).isEmpty();
        assertThat(WriteAccess.refusal(List.of(), List.of(), true)).as("told to run open").isEmpty();
    }

    @Test
    void anOperatorKeyThatIsAlsoAnUploadKeyIsRefusedInAnyProfile() {
        assertThat(WriteAccess.refusal(List.of("shared", "scraper"), List.of(" shared"), true)).get().asString()
                .contains("also an upload key");
    }
}
