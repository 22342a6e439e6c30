package io.reportlens.engine.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the same report key and span give the same id on every run. */
public final class Ids {

    private Ids() {
    }

    public static String of(String prefix, String reportKey, int start, int end) {
        return prefix + "-" + sha256(reportKey + ":" + start + ":" + end).substring(0, 16);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
