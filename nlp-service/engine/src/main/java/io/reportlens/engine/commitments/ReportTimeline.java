package io.reportlens.engine.commitments;

import io.reportlens.engine.model.ReportMetadata;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years relative time limits are resolved against.
 * <ul>
 *   <li>{@code planYear}: the year the forward-looking part is about (上半年, 下半年, and the default
 *       for a plan section without a year of its own): the period of a plan; the period of a half-year
 *       review and the year after an annual summary; the period (or delivery year) of a speech.</li>
 *   <li>{@code currentYear}: the year the report speaks from (今年, 年内, 年底, 3月底前): the plan year
 *       of a plan or of the plan part of a summary-and-plan; otherwise (speech, summary) the year it
 *       was issued or delivered, else the plan year.</li>
 *   <li>{@code nextYear} (明年): the year after the reviewed year of a summary, else after currentYear.</li>
 * </ul>
 * A plan section that names its year overrides both plan and current year for its sentences.
 * Fields of the metadata that are missing are read off the text's head (title, dates), so
 * deadlines still resolve before the metadata stage knows them.
 */
record ReportTimeline(String docType, Integer planYear, Integer currentYear, Integer nextYear, Integer publishedYear, Integer publishedMonth) {

    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(20\\d{2})年度?(?:上半年|下半年|全年)?(?:卫生健康|卫生计生|卫健)?(?:工作)?(?:总结|计划|要点|安排|思路|打算)");
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d{2})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern HALF_YEAR = Pattern.compile("上半年|半年工作|下半年工作|1[-—~至]6月");
    private static final int HEAD = 1500;

    static ReportTimeline of(ReportMetadata report, String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        String docType = report.docType() != null ? report.docType() : guessDocType(head);
        Integer periodYear = report.periodYear() != null ? report.periodYear() : guessPeriodYear(head);
        LocalDate published = parse(report.publishedDate());
        if (published == null) {
            published = guessPublished(head);
        }
        Integer publishedYear = published == null ? null : published.getYear();
        Integer publishedMonth = published == null ? null : published.getMonthValue();
        boolean halfYear = isHalfYear(report.title(), head);

        boolean review = "summary".equals(docType) || "summary_and_plan".equals(docType);
        Integer planYear = review && periodYear != null
                ? Integer.valueOf(halfYear ? periodYear : periodYear + 1)
                : firstNonNull(periodYear, publishedYear);
        boolean hasPlanPart = "plan".equals(docType) || "summary_and_plan".equals(docType);
        Integer currentYear = hasPlanPart ? planYear
                : halfYear ? firstNonNull(periodYear, publishedYear) : firstNonNull(publishedYear, planYear);
        Integer nextYear = review && periodYear != null ? Integer.valueOf(periodYear + 1)
                : currentYear == null ? null : Integer.valueOf(currentYear + 1);
        return new ReportTimeline(docType, planYear, currentYear, nextYear, publishedYear, publishedMonth);
    }

    /**
     * The timeline of a sentence in a plan section that names its year (三、2024年工作计划): that year is
     * both the plan year and the current one, so 年内 there means 2024 even in a summary issued in 2023.
     * A section year before the report's plan year is taken for a slip and ignored.
     */
    ReportTimeline inSectionOf(Integer sectionYear) {
        boolean names = sectionYear != null && (planYear == null || sectionYear >= planYear);
        return !names ? this : new ReportTimeline(docType, sectionYear, sectionYear, nextYear, publishedYear, publishedMonth);
    }

    /** The month the report was issued in, when that is in the current year (a month before it then means next year). */
    Integer monthIssuedThisYear() {
        return publishedYear != null && publishedYear.equals(currentYear) ? publishedMonth : null;
    }

    /** A half-year review (上半年总结, 1-6月工作总结, 下半年安排): its plan part is about the rest of the same year. */
    private static boolean isHalfYear(String title, String head) {
        String where = title != null ? title : head;
        return HALF_YEAR.matcher(where).find();
    }

    private static String guessDocType(String head) {
        boolean plan = head.contains("计划") || head.contains("要点") || head.contains("安排") || head.contains("打算");
        boolean summary = head.contains("总结");
        if (head.contains("同志们") || head.contains("讲话")) return "speech";
        if (plan && summary) return "summary_and_plan";
        if (plan) return "plan";
        return summary ? "summary" : null;
    }

    private static Integer guessPeriodYear(String head) {
        Matcher m = TITLE_YEAR.matcher(head);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static LocalDate guessPublished(String head) {
        for (Pattern p : new Pattern[]{ISO_DATE, CHINESE_DATE}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) return d;
            }
        }
        return null;
    }

    private static LocalDate parse(String iso) {
        if (iso == null) return null;
        Matcher m = ISO_DATE.matcher(iso);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer firstNonNull(Integer a, Integer b) {
        return a != null ? a : b;
    }
}
