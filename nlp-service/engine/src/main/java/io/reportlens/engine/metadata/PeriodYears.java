package io.reportlens.engine.metadata;

import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.sections.Years;

import java.util.Collections;
import java.util.List;

/**
 * The main year a report is about: the reviewed year of a summary (also of a summary with a plan),
 * the plan year of a plan, and for a speech the year it is given in (the year it plans for).
 * Read from the title's years first, then from the years its sections name.
 */
final class PeriodYears {

    private static final int OPENING = 300;

    private PeriodYears() {
    }

    static Integer find(String docType, String title, String text, List<Section> outline, String publishedDate) {
        List<Integer> titleYears = title == null ? List.of() : Years.all(title);
        Integer review = firstYear(outline, SectionKinds.REVIEW);
        Integer plan = firstYear(outline, SectionKinds.PLAN);
        if (DocTypes.SPEECH.equals(docType)) {
            if (publishedDate != null) {
                return Integer.parseInt(publishedDate.substring(0, 4));
            }
            return !titleYears.isEmpty() ? Collections.max(titleYears) : plan;
        }
        if (DocTypes.PLAN.equals(docType)) {
            return !titleYears.isEmpty() ? Collections.max(titleYears) : plan != null ? plan : opening(text);
        }
        if (!titleYears.isEmpty()) {
            return Collections.min(titleYears);
        }
        if (review != null) {
            return review;
        }
        Integer opening = opening(text);
        if (opening != null) {
            return opening;
        }
        return plan == null ? null : plan - 1;
    }

    private static Integer firstYear(List<Section> outline, String kind) {
        return outline.stream().filter(s -> kind.equals(s.kind()) && s.year() != null)
                .map(Section::year).findFirst().orElse(null);
    }

    /** A summary usually opens on its year: 2022年以来, 2022年, 今年以来 is no help. */
    private static Integer opening(String text) {
        return Years.first(text.substring(0, Math.min(text.length(), OPENING)));
    }
}
