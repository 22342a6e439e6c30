package io.reportlens.ingest.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a ZIP upload once, counting, before any parser sees it: refuses archives that are no
 * DOCX, damaged archives, and compression bombs (too many entries, too many bytes inflated, or too
 * high a ratio) without ever holding the inflated bytes.
 */
public final class ZipGuard {

    private static final String DOCX_BODY = "word/document.xml";
    private static final int MAX_ENTRIES = 10_000;
    /** Small archives may compress well beyond the ratio (a short DOCX is mostly repeated XML). */
    private static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;

    private final long maxInflatedBytes;
    private final int maxRatio;

    public ZipGuard(long maxInflatedBytes, int maxRatio) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxRatio = maxRatio;
    }

    public void checkDocx(byte[] zip) {
        long limit = Math.min(maxInflatedBytes, Math.max(RATIO_FLOOR_BYTES, (long) zip.length * maxRatio));
        long inflated = 0;
        int entries = 0;
        boolean hasBody = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb("more than " + MAX_ENTRIES + " entries");
                }
                hasBody |= DOCX_BODY.equals(entry.getName());
                inflated += drain(in, buffer, limit - inflated);
                if (inflated > limit) {
                    throw bomb("it inflates to more than " + limit + " bytes from " + zip.length);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw IngestProblem.unreadable("the DOCX archive is damaged: " + e.getMessage());
        }
        if (entries == 0) {
            throw IngestProblem.unreadable("the DOCX archive is damaged: it holds no entries");
        }
        if (!hasBody) {
            throw IngestProblem.unsupported("the content is a ZIP archive but not a DOCX document (no " + DOCX_BODY + ")");
        }
    }

    /** Reads the current entry to its end or until more than {@code budget} bytes were inflated. */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
                return total;
            }
        }
        return total;
    }

    private static IngestProblem bomb(String why) {
        return new IngestProblem(422, "compression-bomb", "Compression bomb",
                "the archive was refused before reading: " + why);
    }
}
