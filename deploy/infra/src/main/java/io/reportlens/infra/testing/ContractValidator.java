package io.reportlens.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates produced events against the topic schemas in {@code deploy/contracts}, so a test fails
 * when a service drifts from the documented contract.
 */
public final class ContractValidator {

    private static final String BASE = "https://reportlens.io/contracts/";
    private final JsonSchemaFactory factory;
    private final ObjectMapper json = new ObjectMapper();

    public ContractValidator() {
        Path dir = contractsDir();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, dir.toUri().toString())));
    }

    /** Returns the violations of {@code eventJson} against {@code <topic>.schema.json}; empty when valid. */
    public Set<String> violations(String topic, String eventJson) {
        try {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + topic + ".schema.json"));
            JsonNode event = json.readTree(eventJson);
            Set<ValidationMessage> errors = schema.validate(event);
            return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** deploy/contracts, found from the build's root (set by surefire) or by walking up from here. */
    static Path contractsDir() {
        String root = System.getProperty("reportlens.root");
        Path start = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("deploy/contracts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/contracts not found above " + start);
    }
}
