package io.reportlens.engine.metrics;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a position stands in the report: in a forward-looking part (a plan section or a plan
 * document) or not, and which year that part is about. Uses the section outline when there is one,
 * else the report's own top-level headings (一、…).
 */
final class ReportContext {

    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^[ \\t\\u3000]*[一二三四五六七八九十]{1,3}、([^\\n]{1,60})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final String[] PLAN_CUES = {"计划", "安排", "打算", "下一步", "下半年", "思路", "要点", "展望", "目标任务",
            "推进", "做好", "抓好", "重点工作", "明年", "今年"};
    /** A plan part of a year's review that is about the following year. */
    private static final String[] NEXT_YEAR_CUES = {"下一步", "明年", "下一年", "来年"};
    private static final String[] PROBLEM_CUES = {"问题", "不足", "困难", "短板", "差距"};
    private static final String[] PLAN_TITLE_CUES = {"工作计划", "工作要点", "工作安排", "行动计划", "实施方案"};

    private record Part(int start, int end, String kind, Integer year) {
    }

    private final List<Part> parts;
    private final boolean planDocument;
    private final Integer periodYear;

    ReportContext(String text, List<Section> sections, ReportMetadata report) {
        String opening = text.substring(0, Math.min(text.length(), 300));
        this.planDocument = report.docType() != null ? report.docType().equals("plan")
                : containsAny(opening, PLAN_TITLE_CUES) && !opening.contains("总结");
        this.periodYear = report.periodYear() != null ? report.periodYear() : firstYear(opening);
        this.parts = sections.isEmpty() ? fromHeadings(text) : fromSections(sections);
    }

    boolean isForward(int pos) {
        if (planDocument) return true;
        Part p = partAt(pos);
        return p != null && p.kind().equals("plan");
    }

    /** The year of the part holding {@code pos}, else the report's period year. */
    Integer yearAt(int pos) {
        Part p = partAt(pos);
        if (p != null && p.year() != null) return p.year();
        return periodYear;
    }

    Integer periodYear() {
        return periodYear;
    }

    private Part partAt(int pos) {
        Part found = null;
        for (Part p : parts) {
            if (p.start() <= pos && pos < p.end() && (found == null || p.start() >= found.start())) found = p;
        }
        return found;
    }

    private List<Part> fromSections(List<Section> sections) {
        List<Section> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt(Section::start));
        List<Part> out = new ArrayList<>();
        for (Section s : sorted) {
            Part parent = null;
            for (Part p : out) if (p.start() <= s.start() && s.start() < p.end()) parent = p;
            String kind = !"other".equals(s.kind()) || parent == null ? s.kind() : parent.kind();
            Integer year = s.year() != null ? s.year() : parent != null ? parent.year() : null;
            out.add(new Part(s.start(), s.end(), kind == null ? "other" : kind, year));
        }
        return out;
    }

    private List<Part> fromHeadings(String text) {
        List<int[]> starts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        Matcher m = TOP_HEADING.matcher(text);
        while (m.find()) {
            starts.add(new int[]{m.start()});
            headings.add(m.group(1));
        }
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String heading = clip(headings.get(i));
            String kind = kindOf(heading);
            Integer year = firstYear(heading);
            if (year == null && kind.equals("plan") && periodYear != null && containsAny(heading, NEXT_YEAR_CUES)) year = periodYear + 1;
            out.add(new Part(start, end, kind, year));
        }
        return out;
    }

    /** A heading's own words, without the paragraph that often follows it on the same line. */
    private static String clip(String heading) {
        int stop = heading.indexOf('。');
        return stop >= 0 ? heading.substring(0, stop) : heading;
    }

    private static String kindOf(String heading) {
        if (containsAny(heading, PROBLEM_CUES)) return "problems";
        if (containsAny(heading, PLAN_CUES)) return "plan";
        return "review";
    }

    private static Integer firstYear(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
