package io.reportlens.engine.metadata;

import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.FiveYearPlans;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.sections.Years;

import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main year a report is about (spec §2): the reviewed year of a summary, the plan year of a plan
 * (a multi-year plan's first year: 2018—2025年 → 2018, 十四五 → 2021), and for a speech or the news of
 * a meeting the year the meeting is for. Read from the title first, then the lead and the sections;
 * null when the text does not fix it.
 */
final class PeriodYears {

    private static final int OPENING = 600;
    /** A title naming part of a year: 上半年, 一季度, 1-9月, 前三季度. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("半年|季度|\\d{1,2}月|[一二三四五六七八九十]{1,2}月");
    /** A year-end summary is written from November of its year on. */
    private static final int FIRST_MONTH_OF_A_YEAR_END_REVIEW = 11;
    private static final Pattern SPAN = Pattern.compile("((?:19|20)\\d{2})\\s?[-—–~至到]{1,2}\\s?(?:(?:19|20)\\d{2})");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");
    private static final Pattern MEETING_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})年(?:度)?[^,。\\n]{0,16}?(?:工作会议|工作会|大会|会议)");
    /** A year the meeting sets work for: 2024年要重点抓好, 2024年全市卫生健康工作要, 2024年重点工作. */
    private static final Pattern REQUIRED_YEAR = Pattern.compile(
            "(?<![到至\\d])((?:19|20)\\d{2})年(?:度)?[^,。;\\n]{0,10}?(?:要[^求]|重点工作|工作要点|主要目标|目标任务)");
    /** The year a text speaks from, unnamed: 今年工作, 本年度, 年内. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年度|年内");
    private static final Pattern SINCE_A_YEAR = Pattern.compile("((?:19|20)\\d{2})年以来");
    /** The priorities of a year's work, as news relays them: 2025年四川卫生健康工作有这些重点, 2024年工作要点. */
    private static final Pattern PRIORITIES_OF_A_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})年[^。\\n]{0,24}?工作(?:有这些|的)?(?:重点|要点)");
    /** 2012年是全面贯彻…的关键一年: a plan that opens a line by saying what its year is, is of that year. */
    private static final Pattern YEAR_CHARACTERISED = Pattern.compile("(?m)^((?:19|20)\\d{2})年是");
    /** A plan named with its year standing alone, on its line or between spaces: 卫生局2021年工作思路, 2024年卫生健康工作要点. */
    private static final Pattern PLAN_NAMED_WITH_YEAR = Pattern.compile(
            "(?m)(?:^|\\s)[\\p{IsHan}]{0,16}?((?:19|20)\\d{2})年(?:度)?[\\p{IsHan}]{0,10}?(?:工作思路|工作计划|工作要点|工作安排|实施方案|行动计划)(?=\\s|$|\\d)");
    /**
     * A year reviewed: not a limit (到2025年, and the second of 到2022年和2030年), a start (2019年以来), a year
     * of work planned (2008年工作安排) nor one that names a meeting (2022年县委全会).
     */
    private static final Pattern REVIEWED_YEAR = Pattern.compile(
            "(?<![到至\\d])(?<![到至]\\d{4}年[和、与及])((?:19|20)\\d{2})年(?!以来|起|前|底前|至|\\d{1,2}月\\d{1,2}日|[^,。;\\n]{0,6}?(?:安排|计划|打算|要点|思路|会议|全会|两会|大会))");

    /** A fiscal year written as Hong Kong and Macau write it (2023至24年度, 2023-24年度): the year it opens in. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s?[至\\-—–/]\\s?\\d{2}年度");

    private PeriodYears() {
    }

    /**
     * A document's own number on a line of its own (汴禹政〔2020〕13号): the year it was issued, which a page that
     * reposts it years later does not change.
     */
    private static final Pattern DOCUMENT_NUMBER = DocumentNumbers.ON_A_LINE;

    /** How far after its posting a year a title names may still be the report's own (a plan for the next year). */
    private static final int MAX_YEARS_AHEAD_OF_POSTING = 1;

    static Integer find(String docType, String title, String text, List<Section> outline, String publishedDate) {
        Integer published = publishedDate == null ? null : Integer.valueOf(publishedDate.substring(0, 4));
        // 2035年人均期望寿命将达83.5岁 in a headline posted in 2018: a horizon the news tells of, not its year
        List<Integer> titleYears = title == null ? List.of()
                : Years.all(title).stream().filter(y -> published == null || y <= published + MAX_YEARS_AHEAD_OF_POSTING).toList();
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        if (DocTypes.SPEECH.equals(docType)) {
            Integer meeting = first(MEETING_YEAR.matcher(opening));
            if (meeting != null) {
                return meeting;
            }
            Integer planned = DeployedYears.first(opening);
            if (planned == null) {
                planned = first(REQUIRED_YEAR.matcher(opening));
            }
            if (planned != null) {
                return planned;
            }
            if (!titleYears.isEmpty()) {
                return Collections.max(titleYears); // 2019年新年致辞, whenever a site posted it
            }
            if (published == null && THIS_YEAR.matcher(opening).find()) {
                // news of a meeting that names no year but sets 今年工作: its year is the one the page was posted in
                String posted = PublishedDates.posted(text);
                if (posted != null) {
                    return Integer.valueOf(posted.substring(0, 4));
                }
            }
            return published != null ? published : firstYear(outline, SectionKinds.PLAN);
        }
        if (DocTypes.PLAN.equals(docType)) {
            Integer start = title == null ? null : planStart(title);
            if (start == null && !titleYears.isEmpty()) {
                start = Collections.min(titleYears);
            }
            if (start == null) {
                start = first(PLAN_NAMED_WITH_YEAR.matcher(opening)); // 卫生局2021年工作思路 on a line under the title
            }
            if (start == null) {
                start = first(YEAR_CHARACTERISED.matcher(opening));
            }
            if (start == null) {
                start = first(PRIORITIES_OF_A_YEAR.matcher(opening)); // news relaying 2025年…工作有这些重点
            }
            if (start == null) {
                start = latestFiveYearPlan(opening);
            }
            if (start == null) {
                start = firstYear(outline, SectionKinds.PLAN);
            }
            if (start == null) {
                start = first(DOCUMENT_NUMBER.matcher(opening));
            }
            return start != null ? start : published;
        }
        if (!titleYears.isEmpty()) {
            int year = Collections.min(titleYears);
            if (DocTypes.SUMMARY.equals(docType) && unfinishedWhenPublished(year, publishedDate, title)) {
                // a template site's title (2023年度…总结 posted in May 2023) over a review of the year before
                Integer reviewed = latestReviewed(opening, year - 1);
                if (reviewed != null) {
                    return reviewed;
                }
            }
            return year;
        }
        Integer review = firstYear(outline, SectionKinds.REVIEW);
        if (review != null) {
            return review;
        }
        Integer plan = firstYear(outline, SectionKinds.PLAN);
        Integer reviewed = latestReviewed(opening, plan != null ? Integer.valueOf(plan - 1) : published);
        if (reviewed != null) {
            return reviewed;
        }
        if (plan == null && published != null) {
            // 2023年以来…成色更足 in news posted in 2024: what has been done since last year is last year's review
            Matcher since = SINCE_A_YEAR.matcher(opening);
            while (since.find()) {
                if (Integer.parseInt(since.group(1)) == published - 1) {
                    return published - 1;
                }
            }
        }
        return plan == null ? null : plan - 1;
    }

    /** Whether a whole year a summary's title names had not ended when it was published (no part of a year named). */
    private static boolean unfinishedWhenPublished(int year, String publishedDate, String title) {
        if (publishedDate == null || PART_OF_YEAR.matcher(title).find()) {
            return false;
        }
        int published = Integer.parseInt(publishedDate.substring(0, 4));
        int month = Integer.parseInt(publishedDate.substring(5, 7));
        return published < year || published == year && month < FIRST_MONTH_OF_A_YEAR_END_REVIEW;
    }

    /** The first year of a plan's span (2018—2025年, 2024-2027年) or of the five-year plan it names (十四五). */
    private static Integer planStart(String title) {
        Matcher span = SPAN.matcher(title);
        if (span.find()) {
            return Integer.valueOf(span.group(1));
        }
        Matcher five = FIVE_YEAR_PLAN.matcher(title);
        return five.find() ? fiveYearPlanStart(five) : null;
    }

    /** The latest five-year plan an opening names: a plan reviewing 十三五 and citing 十四五 plans is a 十四五 plan. */
    private static Integer latestFiveYearPlan(String opening) {
        Matcher five = FIVE_YEAR_PLAN.matcher(opening);
        Integer latest = null;
        while (five.find()) {
            int start = fiveYearPlanStart(five);
            latest = latest == null ? start : Math.max(latest, start);
        }
        return latest;
    }

    /** 十四五 → 2021. */
    private static int fiveYearPlanStart(Matcher five) {
        return FiveYearPlans.start(five.group(1).charAt(0));
    }

    /** The latest year a summary's opening reports on, not after {@code notAfter} (its plan's year − 1, or its publication). */
    private static Integer latestReviewed(String opening, Integer published) {
        Integer latest = null;
        for (Matcher m : List.of(REVIEWED_YEAR.matcher(opening), FISCAL_YEAR.matcher(opening))) {
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if ((published == null || year <= published) && (latest == null || year > latest)) {
                    latest = year;
                }
            }
        }
        return latest;
    }

    private static Integer first(Matcher m) {
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer firstYear(List<Section> outline, String kind) {
        return outline.stream().filter(s -> kind.equals(s.kind()) && s.year() != null)
                .map(Section::year).findFirst().orElse(null);
    }
}
