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
 *       of a plan; otherwise the year it was issued or delivered, else the plan year.</li>
 *   <li>{@code nextYear} (明年): the year after the reviewed year of a summary, else after currentYear.</li>
 * </ul>
 * Fields of the metadata that are missing are read off the text's head (title, dates), so
 * deadlines still resolve before the metadata stage knows them.
 */
record ReportTimeline(String docType, Integer planYear, Integer currentYear, Integer nextYear, Integer publishedMonth) {

    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(20\\d{2})年度?(?:上半年|下半年|全年)?(?:卫生健康|卫生计生|卫健)?(?:工作)?(?:总结|计划|要点|安排|思路|打算)");
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d{2})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日");
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

        Integer planYear = switch (docType == null ? "" : docType) {
            case "plan" -> firstNonNull(periodYear, publishedYear);
            case "speech" -> firstNonNull(periodYear, publishedYear);
            case "summary", "summary_and_plan" -> periodYear == null ? publishedYear : Integer.valueOf(halfYear ? periodYear : periodYear + 1);
            default -> firstNonNull(periodYear, publishedYear);
        };
        Integer currentYear = "plan".equals(docType) ? planYear
                : halfYear ? firstNonNull(periodYear, publishedYear) : firstNonNull(publishedYear, planYear);
        Integer nextYear = ("summary".equals(docType) || "summary_and_plan".equals(docType)) && periodYear != null
                ? Integer.valueOf(periodYear + 1)
                : currentYear == null ? null : currentYear + 1;
        return new ReportTimeline(docType, planYear, currentYear, nextYear,
                publishedYear != null && publishedYear.equals(currentYear) ? publishedMonth : null);
    }

    /** The plan year of a sentence: its plan section's year when the section names one. */
    Integer planYearIn(Integer sectionYear) {
        return sectionYear != null ? sectionYear : planYear;
    }

    private static boolean isHalfYear(String title, String head) {
        String where = title != null ? title : head;
        return where.contains("上半年") || where.contains("半年工作") || where.contains("下半年工作");
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
