package io.reportlens.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** The configured API keys; none configured means writes are open. Compared in constant time. */
public final class ApiKeys {

    public enum Verdict { ALLOWED, MISSING, WRONG }

    private final List<byte[]> keys;

    public ApiKeys(List<String> keys) {
        this.keys = keys.stream().map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Whether no key is configured. */
    public boolean none() {
        return keys.isEmpty();
    }

    public Verdict check(String presented) {
        if (keys.isEmpty()) {
            return Verdict.ALLOWED;
        }
        if (presented == null || presented.isBlank()) {
            return Verdict.MISSING;
        }
        byte[] given = presented.trim().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, given);
        }
        return match ? Verdict.ALLOWED : Verdict.WRONG;
    }
}
