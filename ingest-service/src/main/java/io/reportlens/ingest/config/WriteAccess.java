package io.reportlens.ingest.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the keys at start-up: an operator key must not also be an upload key (uploaders would then
 * run archive-wide operations), and where open writes are not allowed (the {@code production}
 * profile) the service refuses to start without both kinds of key.
 */
@ApplicationScoped
public class WriteAccess {

    private static final Logger LOG = Logger.getLogger(WriteAccess.class);

    private final IngestConfig config;

    public WriteAccess(IngestConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent event) {
        List<String> upload = config.apiKeys().orElse(List.of());
        List<String> operator = config.operatorKeys().orElse(List.of());
        refusal(upload, operator, config.allowOpenWrites()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        if (keys(upload).isEmpty()) {
            LOG.warn("writes are open: no upload key is configured (REPORTLENS_INGEST_API_KEYS)");
        }
    }

    /** Why the service must not start with these keys, if it must not. */
    public static Optional<String> refusal(List<String> uploadKeys, List<String> operatorKeys, boolean allowOpenWrites) {
        Set<String> upload = keys(uploadKeys);
        Set<String> operator = keys(operatorKeys);
        Set<String> both = new HashSet<>(operator);
        both.retainAll(upload);
        if (!both.isEmpty()) {
            return Optional.of("an operator key (REPORTLENS_INGEST_OPERATOR_KEYS) is also an upload key (REPORTLENS_INGEST_API_KEYS): "
                    + "give operators keys of their own");
        }
        List<String> missing = new ArrayList<>();
        if (upload.isEmpty()) {
            missing.add("upload keys (REPORTLENS_INGEST_API_KEYS)");
        }
        if (operator.isEmpty()) {
            missing.add("operator keys (REPORTLENS_INGEST_OPERATOR_KEYS)");
        }
        if (!allowOpenWrites && !missing.isEmpty()) {
            return Optional.of("refusing to start with writes open: no " + String.join(" and no ", missing)
                    + " configured. Set them, or REPORTLENS_INGEST_ALLOW_OPEN_WRITES=true to run open on purpose.");
        }
        return Optional.empty();
    }

    private static Set<String> keys(List<String> configured) {
        Set<String> keys = new HashSet<>();
        for (String key : configured) {
            if (!key.isBlank()) {
                keys.add(key.trim());
            }
        }
        return keys;
    }
}
