package io.reportlens.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.ingest.model.Upload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonUploadParserTest {

    private final JsonUploadParser parser = new JsonUploadParser(new ObjectMapper(), 1000);

    private void refused(String body, int status, String parameter) {
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOfSatisfying(IngestProblem.class, p -> {
            assertThat(p.status()).isEqualTo(status);
            assertThat(p.parameter()).isEqualTo(parameter);
        });
    }

    @Test
    void eachContentFieldBecomesBytesWithItsType() {
        Upload text = parser.parse("{\"text\":\"卫生健康\",\"sourceUrl\":\"https://a.example.gov.cn\",\"publishedDate\":\"2024-01-01\"}");
        assertThat(new String(text.content(), StandardCharsets.UTF_8)).isEqualTo("卫生健康");
        assertThat(text.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(text.sourceUrl()).isEqualTo("https://a.example.gov.cn");
        assertThat(parser.parse("{\"html\":\"<p>卫生</p>\"}").contentType()).startsWith("text/html");
        Upload base64 = parser.parse("{\"contentBase64\":\"JVBERi0=\",\"contentType\":\"application/pdf\"}");
        assertThat(new String(base64.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(base64.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void badJsonAndBadFieldsAreNamed() {
        refused("{\"text\":", 400, null);
        refused("[1,2]", 400, null);
        refused("{\"title\":\"无正文\"}", 400, "text");
        refused("{\"text\":\"a\",\"html\":\"b\"}", 400, "text");
        refused("{\"text\":42}", 400, "text");
        refused("{\"text\":\"a\",\"publishedDate\":20240101}", 400, "publishedDate");
        refused("{\"contentBase64\":\"%%%\"}", 400, "contentBase64");
        refused("{\"contentBase64\":\"" + "A".repeat(2000) + "\"}", 413, null);
    }
}
