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
        return HexFormat.of().formatHex(newSha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Looking a digest up by name costs more than hashing a short id: copy one found once. */
    private static final MessageDigest SHA256 = lookUp();

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
