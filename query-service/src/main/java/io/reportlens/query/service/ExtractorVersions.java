package io.reportlens.query.service;

/** Orders extractor versions (MAJOR.MINOR.PATCH) numerically, so 1.10.0 is newer than 1.9.3. */
public final class ExtractorVersions {

    private static final long PART = 1_000_000L;

    private ExtractorVersions() {
    }

    /** A number that sorts as the version does; each part must be below one million. */
    public static long orderKey(String version) {
        if (version == null || !version.matches("\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}")) {
            throw new InvalidEventException("extractorVersion is not MAJOR.MINOR.PATCH: " + version);
        }
        String[] parts = version.split("\\.");
        return (Long.parseLong(parts[0]) * PART + Long.parseLong(parts[1])) * PART + Long.parseLong(parts[2]);
    }
}
