package io.reportlens.engine.metadata;

import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kind of report it is: from the words of its title ({@code doc-types.tsv}: 总结, 实施方案, 规划,
 * 讲话…); a news item about a work meeting is the meeting's kind, a speech (it reviews and plans), one
 * about a plan is a plan; else from how it addresses its audience (a speech opens with 同志们) and the
 * kinds of its top-level sections.
 */
public final class DocTypes {

    static final String SUMMARY = "summary";
    static final String PLAN = "plan";
    static final String SUMMARY_AND_PLAN = "summary_and_plan";
    static final String SPEECH = "speech";

    private static final Map<String, String> TYPE_OF = new HashMap<>();
    private static final Lexicon WORDS;
    /** How a plan speaks of itself: 制定本规划, 特制定本方案, 提出如下实施意见. */
    private static final Pattern PLAN_SELF = Pattern.compile("(?:制定|编制|印发)本(?:规划|方案|实施方案|计划)|提出如下(?:实施)?意见|制定(?:本)?实施方案如下"
            // 现结合我县实际,特制定某县卫生事业发展"十一五"规划。: a plan that names itself
            + "|特制定[^。;\\n]{0,40}?(?:规划|方案|计划|要点)。");
    /** A plan of several years is written in chapters (第一章 发展基础); a summary or a speech never is. */
    private static final Pattern CHAPTER = Pattern.compile("(?m)^第[一二三四五六七八九十]{1,3}章");
    /** A speech addresses its audience: 同志们: at a line's head, or after a byline run into it (…2018年2月9日同志们:). */
    private static final Pattern ADDRESS = Pattern.compile("(?m)^\\S{0,3}同志们[:,!]|日\\)?同志们[:,]");
    private static final int OPENING = 1500;
    /** 【《山丹年鉴2022》】医疗卫生: a yearbook's entry records the year gone, whatever its 年内 says. */
    private static final Pattern YEARBOOK = Pattern.compile("《[^》\\n]{0,20}年鉴[^》\\n]{0,10}》");
    private static final int YEARBOOK_HEAD = 200;

    static {
        for (String[] row : WordList.loadTable(DocTypes.class, "doc-types.tsv")) {
            TYPE_OF.put(row[0], row[1].strip());
        }
        WORDS = new Lexicon(TYPE_OF.keySet());
    }

    private DocTypes() {
    }

    static String classify(String title, String text, List<Section> outline, NewsLead.Kind news) {
        boolean reviews = hasTopLevel(outline, SectionKinds.REVIEW);
        boolean plans = hasTopLevel(outline, SectionKinds.PLAN);
        // a plan part named only by a weak word (业务目标, 重点工作) does not make a report without a review a plan
        boolean plainPlans = outline.stream().anyMatch(s -> SectionKinds.PLAN.equals(s.kind()) && SectionKinds.announcesPlan(s.heading()));
        // a review titled as one has a plan part only where a heading says so or names its year (2024年工作重点);
        // a heading that names the focus of the work reviewed (一、聚焦核心任务,…) is none
        boolean datedPlans = outline.stream().anyMatch(s -> SectionKinds.PLAN.equals(s.kind()) && s.year() != null);
        String fromTitle = title == null ? null : ofWords(title, plainPlans || datedPlans);
        if (SPEECH.equals(fromTitle)) {
            return SPEECH;
        }
        if (news == NewsLead.Kind.MEETING) {
            return SPEECH;
        }
        if (fromTitle != null) {
            return fromTitle;
        }
        if (news == NewsLead.Kind.PLAN) {
            return PLAN;
        }
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        if (ADDRESS.matcher(opening).find()) {
            return SPEECH;
        }
        if (YEARBOOK.matcher(opening.substring(0, Math.min(opening.length(), YEARBOOK_HEAD))).find()) {
            return SUMMARY;
        }
        if (declaresPlan(opening)) {
            return PLAN;
        }
        if (reviews && plans) {
            return SUMMARY_AND_PLAN;
        }
        if (plans && plainPlans) {
            return PLAN;
        }
        return reviews ? SUMMARY : null;
    }

    /**
     * Whether the text says what kind of report it is — by its title, as news of a meeting or a plan,
     * or by addressing an audience — rather than leaving it to be read from its sections.
     */
    public static boolean isStated(String title, String text, NewsLead.Kind news) {
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        return title != null && ofWords(title, false) != null || news == NewsLead.Kind.MEETING || news == NewsLead.Kind.PLAN
                || ADDRESS.matcher(opening).find() || declaresPlan(opening);
    }

    /** A plan says so of itself (制定本规划) or is laid out in chapters. */
    private static boolean declaresPlan(String opening) {
        return PLAN_SELF.matcher(opening).find() || CHAPTER.matcher(opening).find();
    }

    /** The type a title's words give, or null; a review title of a report with a plan part is both. */
    static String ofWords(String title, boolean hasPlanPart) {
        String t = SectionKinds.withoutCompounds(title); // 计划生育 is family planning, no plan
        boolean summary = false;
        boolean plan = false;
        for (Lexicon.Hit hit : WORDS.all(t)) {
            switch (TYPE_OF.get(hit.word())) {
                case SPEECH -> {
                    return SPEECH;
                }
                case SUMMARY -> summary = true;
                case PLAN -> plan = true;
                default -> {
                }
            }
        }
        if (summary && (plan || hasPlanPart)) {
            return SUMMARY_AND_PLAN;
        }
        return summary ? SUMMARY : plan ? PLAN : null;
    }

    private static boolean hasTopLevel(List<Section> outline, String kind) {
        int top = outline.stream().mapToInt(Section::level).min().orElse(0);
        return outline.stream().anyMatch(s -> s.level() == top && kind.equals(s.kind()));
    }
}
