package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which part of the report an offset lies in: plan, review, problems or other. Uses the parsed
 * sections when they class any part, else the {@link FallbackOutline} of the text; when the parsed
 * sections name no plan part, the plan parts of the fallback outline are added.
 */
final class ForwardContext {

    private static final Set<String> CLASSED = Set.of("plan", "review", "problems");

    private final List<Section> outline;

    ForwardContext(List<Section> sections, String text) {
        boolean classed = sections.stream().anyMatch(s -> CLASSED.contains(s.kind()));
        boolean hasPlan = sections.stream().anyMatch(s -> "plan".equals(s.kind()));
        if (hasPlan) {
            this.outline = sections;
        } else {
            List<Section> fallback = new FallbackOutline().parse(text);
            List<Section> merged = new ArrayList<>(classed ? sections : fallback);
            if (classed) {
                fallback.stream().filter(s -> "plan".equals(s.kind())).forEach(merged::add);
            }
            this.outline = List.copyOf(merged);
        }
    }

    /** The kind of the innermost section around the offset that is classed, else "other". */
    String kindAt(int offset) {
        Section best = innermostClassed(offset);
        return best == null ? "other" : best.kind();
    }

    /** The year named by the plan section around the offset, or null. */
    Integer planYearAt(int offset) {
        Integer year = null;
        int span = Integer.MAX_VALUE;
        for (Section s : outline) {
            if ("plan".equals(s.kind()) && s.year() != null && contains(s, offset) && s.end() - s.start() < span) {
                year = s.year();
                span = s.end() - s.start();
            }
        }
        return year;
    }

    /** The heading of the innermost section around the offset, or null. */
    String headingAt(int offset) {
        Section best = null;
        for (Section s : outline) {
            if (contains(s, offset) && (best == null || s.end() - s.start() < best.end() - best.start())) best = s;
        }
        return best == null ? null : best.heading();
    }

    /** Whether a heading of the outline starts at this offset. */
    boolean isHeadingAt(int offset) {
        return outline.stream().anyMatch(s -> s.start() == offset);
    }

    private Section innermostClassed(int offset) {
        Section best = null;
        for (Section s : outline) {
            if (CLASSED.contains(s.kind()) && contains(s, offset) && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best;
    }

    private static boolean contains(Section s, int offset) {
        return offset >= s.start() && offset < s.end();
    }
}
