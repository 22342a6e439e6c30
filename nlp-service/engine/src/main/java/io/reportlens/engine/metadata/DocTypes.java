package io.reportlens.engine.metadata;

import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.SectionKinds;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of report it is, from its title when the title says, else from how it addresses its
 * audience (a speech opens with 同志们) and from the kinds of its top-level sections.
 */
final class DocTypes {

    static final String SUMMARY = "summary";
    static final String PLAN = "plan";
    static final String SUMMARY_AND_PLAN = "summary_and_plan";
    static final String SPEECH = "speech";

    private static final Pattern SPEECH_TITLE = Pattern.compile("讲话|致辞|发言|报告会");
    private static final Pattern ADDRESS = Pattern.compile("(?m)^同志们[:,!]");
    private static final Pattern REVIEW_TITLE = Pattern.compile("总结|回顾|工作情况|工作报告|述职");
    private static final Pattern PLAN_TITLE = Pattern.compile("计划|安排|打算|要点|思路");
    private static final int OPENING = 1500;

    private DocTypes() {
    }

    static String classify(String title, String text, List<Section> outline) {
        if (title != null && SPEECH_TITLE.matcher(title).find()
                || ADDRESS.matcher(text.substring(0, Math.min(text.length(), OPENING))).find()) {
            return SPEECH;
        }
        boolean reviews = hasTopLevel(outline, SectionKinds.REVIEW);
        boolean plans = hasTopLevel(outline, SectionKinds.PLAN);
        if (title != null) {
            boolean reviewTitle = REVIEW_TITLE.matcher(title).find();
            boolean planTitle = PLAN_TITLE.matcher(title).find();
            if (reviewTitle && (planTitle || plans)) {
                return SUMMARY_AND_PLAN;
            }
            if (reviewTitle) {
                return SUMMARY;
            }
            if (planTitle) {
                return PLAN;
            }
        }
        if (reviews && plans) {
            return SUMMARY_AND_PLAN;
        }
        if (plans) {
            return PLAN;
        }
        return reviews ? SUMMARY : null;
    }

    private static boolean hasTopLevel(List<Section> outline, String kind) {
        int top = outline.stream().mapToInt(Section::level).min().orElse(0);
        return outline.stream().anyMatch(s -> s.level() == top && kind.equals(s.kind()));
    }
}
