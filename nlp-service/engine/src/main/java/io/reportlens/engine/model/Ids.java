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
        return prefix + "-" + HexFormat.of().formatHex(digest(reportKey + ":" + start + ":" + end), 0, 8);
    }

    public static String sha256(String s) {
        return HexFormat.of().formatHex(digest(s));
    }

    private static byte[] digest(String s) {
        return reusedSha256().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Looking a digest up by name costs more than hashing a short id: one per thread, reused. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Ids::lookUp);

    private static MessageDigest reusedSha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
