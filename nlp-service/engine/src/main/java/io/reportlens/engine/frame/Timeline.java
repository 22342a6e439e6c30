package io.reportlens.engine.frame;

import io.reportlens.engine.model.ReportMetadata;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The years a report speaks from, against which relative time limits resolve.
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
 * {@code republicCalendar}: a Taiwan report counts years from 1911 (113年 = 2024).
 */
public record Timeline(String docType, Integer planYear, Integer currentYear, Integer nextYear, Integer publishedYear,
                       Integer publishedMonth, boolean republicCalendar) {

    private static final Pattern HALF_YEAR = Pattern.compile("上半年|半年工作|下半年工作|1[-—~至]6月");

    public static Timeline of(ReportMetadata report) {
        String docType = report.docType();
        Integer periodYear = report.periodYear();
        LocalDate published = parse(report.publishedDate());
        Integer publishedYear = published == null ? null : published.getYear();
        Integer publishedMonth = published == null ? null : published.getMonthValue();
        boolean halfYear = report.title() != null && HALF_YEAR.matcher(report.title()).find();

        boolean review = "summary".equals(docType) || "summary_and_plan".equals(docType);
        Integer planYear = review && periodYear != null
                ? Integer.valueOf(halfYear ? periodYear : periodYear + 1)
                : firstNonNull(periodYear, publishedYear);
        boolean hasPlanPart = "plan".equals(docType) || "summary_and_plan".equals(docType);
        Integer currentYear = hasPlanPart ? planYear
                : halfYear ? firstNonNull(periodYear, publishedYear) : firstNonNull(publishedYear, planYear);
        Integer nextYear = review && periodYear != null ? Integer.valueOf(periodYear + 1)
                : currentYear == null ? null : Integer.valueOf(currentYear + 1);
        return new Timeline(docType, planYear, currentYear, nextYear, publishedYear, publishedMonth, "台湾省".equals(report.province()));
    }

    /**
     * The timeline of a sentence in a plan section that names its year (三、2024年工作计划): that year is
     * both the plan year and the current one, so 年内 there means 2024 even in a summary issued in 2023.
     * A section year before the report's plan year is taken for a slip and ignored.
     */
    public Timeline inSectionOf(Integer sectionYear) {
        boolean names = sectionYear != null && (planYear == null || sectionYear >= planYear);
        return !names ? this : new Timeline(docType, sectionYear, sectionYear, nextYear, publishedYear, publishedMonth, republicCalendar);
    }

    /** The month the report was issued in, when that is in the current year (a month before it then means next year). */
    public Integer monthIssuedThisYear() {
        return publishedYear != null && publishedYear.equals(currentYear) ? publishedMonth : null;
    }

    /** The year the report speaks from: forward of it is a plan, before it a review. */
    public Integer now() {
        return currentYear != null ? currentYear : planYear;
    }

    private static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer firstNonNull(Integer a, Integer b) {
        return a != null ? a : b;
    }
}
