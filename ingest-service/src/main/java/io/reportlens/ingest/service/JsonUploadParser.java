package io.reportlens.ingest.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportlens.ingest.model.Upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Turns the JSON form of an upload, <code>{ sourceUrl, title, publishedDate, text | html |
 * contentBase64 [, contentType] }</code>, into an {@link Upload}; malformed JSON and wrong fields
 * become 400 problems naming the field.
 */
public final class JsonUploadParser {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final List<String> CONTENT_FIELDS = List.of("text", "html", "contentBase64");

    private final ObjectMapper json;
    private final long maxDocumentBytes;

    public JsonUploadParser(ObjectMapper json, long maxDocumentBytes) {
        this.json = json;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public Upload parse(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new IngestProblem(400, "malformed-json", "Malformed JSON",
                    "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IngestProblem(400, "malformed-json", "Malformed JSON", "the body must be a JSON object");
        }
        List<String> given = CONTENT_FIELDS.stream().filter(node::hasNonNull).toList();
        if (given.size() != 1) {
            throw IngestProblem.badParameter("text", "give exactly one of text, html or contentBase64 (got "
                    + (given.isEmpty() ? "none" : String.join(", ", given)) + ")");
        }
        String field = given.get(0);
        String value = string(node, field);
        byte[] content;
        String contentType;
        switch (field) {
            case "text" -> {
                content = value.getBytes(StandardCharsets.UTF_8);
                contentType = "text/plain; charset=UTF-8";
            }
            case "html" -> {
                content = value.getBytes(StandardCharsets.UTF_8);
                contentType = "text/html; charset=UTF-8";
            }
            default -> {
                if ((long) value.length() / 4 * 3 > maxDocumentBytes + 3) {
                    throw IngestProblem.tooLarge("contentBase64 decodes to more than " + maxDocumentBytes + " bytes");
                }
                try {
                    content = Base64.getDecoder().decode(WHITESPACE.matcher(value).replaceAll(""));
                } catch (IllegalArgumentException e) {
                    throw IngestProblem.badParameter("contentBase64", "contentBase64 is not valid base64: " + e.getMessage());
                }
                contentType = string(node, "contentType");
            }
        }
        return new Upload(content, contentType, null, string(node, "sourceUrl"), string(node, "title"), string(node, "publishedDate"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw IngestProblem.badParameter(field, field + " must be a string");
        }
        return value.textValue();
    }
}
