package io.reportlens.engine.model;

import java.util.List;

/**
 * One forward-looking sentence (spec §4). {@code text == normalized.substring(start, end)}.
 *
 * @param strength   firm, aspirational or normal
 * @param owner      the body named to do it when not the issuer, else null
 * @param topic      one of {@code Topic} names
 * @param measurable true when it holds a numeric target or a time limit
 */
public record Commitment(
        String id,
        String text,
        int start,
        int end,
        String action,
        String object,
        List<Deadline> deadlines,
        List<Target> targets,
        String strength,
        String owner,
        String topic,
        boolean measurable) {
}
