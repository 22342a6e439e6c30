package io.reportlens.engine.sections;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The heading tree of a report: numbered heading lines (一、 (一) 1. (1)) and the 一是…二是… points
 * inside paragraphs, each with its kind, the year it is about and its span.
 *
 * <p>A numbered section ends where the next heading of the same or a higher level starts (or at the
 * end of the text); a point ends where the next point starts or its paragraph ends. A heading whose
 * words give no kind takes its parent's; in a plan document a section whose heading says nothing
 * else is a plan (its review of the past stays a review). The year is the one the heading names,
 * else the parent's, else (for a plan section of a plan) the plan's year.
 */
public final class SectionParser {

    private static final int ENUMERATED_LEVEL = 5;
    private static final String PLAN_DOCUMENT = "plan";
    private static final String REVIEW_DOCUMENT = "summary";
    private static final String REVIEW_AND_PLAN_DOCUMENT = "summary_and_plan";

    private record Open(Section section, int index) {
    }

    public List<Section> parse(String text, ReportMetadata report) {
        boolean planDocument = report != null && PLAN_DOCUMENT.equals(report.docType());
        boolean reviewDocument = report != null && REVIEW_DOCUMENT.equals(report.docType());
        // a review followed by a plan puts the plan last: before the heading that announces it, a weak word
        // (重点措施, 主要任务) heads work reviewed
        int planStart = report != null && REVIEW_AND_PLAN_DOCUMENT.equals(report.docType())
                ? firstPlanHeading(text, report.periodYear()) : -1;
        Integer documentYear = planDocument ? report.periodYear() : null;
        List<Section> sections = new ArrayList<>();
        Integer reviewedYear = null;
        Deque<Open> open = new ArrayDeque<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int level = HeadingMarker.level(line);
            if (level == 0 && lineStart > 0 && HeadingMarker.namesAPart(line) && !namesTheReport(line, report)) {
                level = 1; // 2024年工作总结 on a line of its own, below the title (not the title under a notice)
            }
            if (level > 0) {
                closeUpTo(level, lineStart, text, open, sections);
                Section parent = open.isEmpty() ? null : open.peek().section();
                Section section = section(text, lineStart, headingEnd(line) + lineStart, level, parent, reviewDocument,
                        lineStart < planStart);
                section = laterYearIsPlan(section, parent, reviewedYear);
                if (SectionKinds.REVIEW.equals(section.kind()) && section.year() != null && reviewedYear == null) {
                    reviewedYear = section.year();
                }
                sections.add(section);
                open.push(new Open(section, sections.size() - 1));
            }
            addPoints(text, lineStart, lineEnd, open.isEmpty() ? null : open.peek().section(), sections);
            lineStart = lineEnd + 1;
        }
        closeUpTo(1, text.length() + 1, text, open, sections);
        return planDocument ? asPlanParts(sections, documentYear) : sections;
    }

    /**
     * In a plan document, a section whose heading (and whose parents' headings) say nothing is a plan
     * part of the plan's year; a review of the past (发展现状, “十三五”成就) stays a review.
     */
    private static List<Section> asPlanParts(List<Section> sections, Integer documentYear) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            boolean says = !SectionKinds.OTHER.equals(s.kind());
            out.add(says ? s : new Section(s.heading(), s.level(), SectionKinds.PLAN, s.year() != null ? s.year() : documentYear, s.start(), s.end()));
        }
        return out;
    }

    private static void addPoints(String text, int from, int to, Section parent, List<Section> sections) {
        List<EnumeratedPoints.Point> points = EnumeratedPoints.find(text, from, to);
        for (int i = 0; i < points.size(); i++) {
            EnumeratedPoints.Point p = points.get(i);
            int end = trimEnd(text, p.start(), i + 1 < points.size() ? points.get(i + 1).start() : to);
            // a point's lead sentence ends where the next point starts (一是…,二是 with no full stop between)
            Section s = section(text, p.start(), Math.min(p.headingEnd(), end), ENUMERATED_LEVEL, parent, false);
            sections.add(new Section(s.heading(), s.level(), s.kind(), s.year(), s.start(), end));
        }
    }

    /** Whether the line is the report's own title (2025年全省卫生健康工作要点 under the notice that sends it). */
    private static boolean namesTheReport(String line, ReportMetadata report) {
        String title = report == null ? null : report.title();
        return title != null && title.equals(line.strip());
    }

    /** A top-level heading about a year later than the one reviewed before it announces the plan for that year. */
    private static Section laterYearIsPlan(Section s, Section parent, Integer reviewedYear) {
        boolean neutral = parent == null && SectionKinds.OTHER.equals(s.kind());
        if (neutral && reviewedYear != null && s.year() != null && s.year() > reviewedYear) {
            return new Section(s.heading(), s.level(), SectionKinds.PLAN, s.year(), s.start(), s.end());
        }
        return s;
    }

    private static Section section(String text, int start, int headingEnd, int level, Section parent, boolean reviewDocument) {
        return section(text, start, headingEnd, level, parent, reviewDocument, false);
    }

    /** @param beforeThePlan in a review followed by its plan, before the heading announcing the plan */
    private static Section section(String text, int start, int headingEnd, int level, Section parent, boolean reviewDocument,
                                   boolean beforeThePlan) {
        String heading = text.substring(start, headingEnd);
        String kind = SectionKinds.classify(heading, parent == null ? null : parent.kind());
        Integer year = Years.first(heading);
        boolean weakPlan = parent == null && SectionKinds.PLAN.equals(kind) && year == null && !SectionKinds.announcesPlan(heading);
        if (weakPlan && (reviewDocument || beforeThePlan && SectionKinds.mayHeadWorkDone(heading))) {
            // a summary's 一、聚焦核心任务,扎实推进…: the focus of the work it reviews, no plan
            kind = SectionKinds.REVIEW;
        }
        if (year == null && parent != null) {
            year = parent.year();
        }
        return new Section(heading, level, kind, year, start, headingEnd);
    }

    /**
     * Where the first top-level heading that announces a plan starts: in so many words (计划, 下一步) or by a
     * year after the one reviewed (2024年工作思路 in a review of 2023); -1 if none.
     */
    private static int firstPlanHeading(String text, Integer reviewedYear) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (HeadingMarker.level(line) == 1) {
                String heading = line.substring(0, headingEnd(line));
                Integer year = Years.first(heading);
                if (SectionKinds.announcesPlan(heading) || year != null && reviewedYear != null && year > reviewedYear) {
                    return lineStart;
                }
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /** Ends every open section at or below {@code level} where a new heading starts at {@code at}. */
    private static void closeUpTo(int level, int at, String text, Deque<Open> open, List<Section> sections) {
        while (!open.isEmpty() && open.peek().section().level() >= level) {
            Open o = open.pop();
            Section s = o.section();
            sections.set(o.index(), new Section(s.heading(), s.level(), s.kind(), s.year(), s.start(),
                    trimEnd(text, s.start(), Math.min(at, text.length()))));
        }
    }

    /** The section's end without the line break before the next heading. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && text.charAt(e - 1) == '\n') {
            e--;
        }
        return e;
    }

    /** A heading line's heading: up to its first full stop, or the whole line. */
    private static int headingEnd(String line) {
        int stop = line.indexOf('。');
        return stop > 0 ? stop : line.length();
    }
}
