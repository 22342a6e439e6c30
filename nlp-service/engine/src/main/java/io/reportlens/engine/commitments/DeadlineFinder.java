package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Deadline;
import io.reportlens.engine.numbers.LostMonths;
import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.sections.FiveYearPlans;
import io.reportlens.engine.sections.Years;

import io.reportlens.engine.frame.Timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time limits in a sentence and resolves each to the last day it allows.
 * Relative forms (年内, 下半年, 3月底前, 明年, 用三年时间) are resolved against the {@link Timeline};
 * years before the report's own (past events) and years inside titles 《…》 or quotes are not limits.
 */
final class DeadlineFinder {

    private DeadlineFinder() {
    }

    /** A deadline and where it was found in the sentence. */
    record Found(Deadline deadline, int start, int end) {
    }

    private interface Resolver {
        LocalDate resolve(Timeline timeline, Matcher m);
    }

    /** A pattern, how it resolves, and a cheap test that any match passes (the sentence holds one of its anchors). */
    private record Rule(Pattern pattern, Resolver resolver, Predicate<String> mayMatch) {
        Rule(Pattern pattern, Resolver resolver, String... anchors) {
            this(pattern, resolver, s -> {
                for (String a : anchors) {
                    if (s.contains(a)) return true;
                }
                return false;
            });
        }
    }

    /** Whether a 年 follows a character that {@code digit} accepts: what any written year ends with. */
    private static boolean yearAfter(String s, IntPredicate digit) {
        for (int i = s.indexOf('年'); i > 0; i = s.indexOf('年', i + 1)) {
            if (digit.test(s.charAt(i - 1))) return true;
        }
        return false;
    }

    private static final Predicate<String> DIGIT_YEAR = s -> yearAfter(s, c -> c >= '0' && c <= '9');
    private static final Predicate<String> CHINESE_DIGIT_YEAR = s -> yearAfter(s, c -> "〇○零一二三四五六七八九".indexOf(c) >= 0);

    /** A relative limit (年内, 3月底前) in a text whose year is unknown: a limit all the same, its date unknown. */
    private static final LocalDate UNRESOLVED = LocalDate.MIN;

    private static final String YEAR_PREFIX = "(?:(20\\d{2})年|(今年|本年|明年))?";
    private static final String NUMERAL = "([一二两三四五六七八九十\\d]{1,2})";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile(YEAR_PREFIX + "(\\d{1,2})月(\\d{1,2})日(?:前|之前|以前|止)"), DeadlineFinder::dayOfMonth, "日前", "日之前", "日以前", "日止"),
            new Rule(Pattern.compile("(?<![\\d月年.])(\\d{3,4})日(?:前|之前|以前)"), DeadlineFinder::lostMonth, "日前", "日之前", "日以前"),
            // 6月底前, 六月底, 十二月份: a month written in digits or in Chinese numerals (not 元月 or 正月, rare in limits)
            new Rule(Pattern.compile(YEAR_PREFIX + "(\\d{1,2}|十[一二]?|(?<![一二三四五六七八九十两统同单唯逐第万])[一二三四五六七八九])月(?:底|末|份)(?:前|之前|以前)?"), DeadlineFinder::endOfMonth, "月底", "月末", "月份"),
            new Rule(Pattern.compile(YEAR_PREFIX + "(上半年|下半年|第?[一二三四]季度|第[一二三四]季)(?:末|底|前)?"), DeadlineFinder::endOfPart, "半年", "季"),
            new Rule(Pattern.compile("(?:(20\\d{2})|(今|本|明))?年中(?:前)?(?=[,，完建投实达启全基]|$)"), DeadlineFinder::midYear, "年中"),
            new Rule(Pattern.compile("(?<![\\d〇○零一二三四五六七八九])([〇○零一二三四五六七八九]{4})年(?:底前|底|末|前)?"), DeadlineFinder::chineseYear, CHINESE_DIGIT_YEAR),
            // 2021年-2025年, each year every year: a span's first year is no limit, its last is
            new Rule(Pattern.compile("(?<![\\d])(?<!\\d[\\-—~])(?<!\\d至)(20\\d{2})年度?(?:底前|底|末|前|以前|之前)?(?![\\d月以度学级]|(?:发表|印发|出台|颁布|公布|发布|制定|编制)的|\\s?[—–\\-~至到]\\s?20\\d{2})"), DeadlineFinder::namedYear, DIGIT_YEAR),
            // 2020—2022年,健康促进政策体系基本建立: a span of years opening a goal sets its last year as the limit
            new Rule(Pattern.compile("^(?:20\\d{2})\\s?[—–\\-~至到]\\s?(20\\d{2})年(?=[,，])"), DeadlineFinder::namedYear, DIGIT_YEAR),
            new Rule(Pattern.compile("明年(?:底前|年底|底|内|末)?"), (t, m) -> endOfYear(t.nextYear()), "明年"),
            new Rule(Pattern.compile("(?<!去)(?:今年(?:年底前|年底|底前|底|内)?(?!以来)|(?<![\\d〇○零一二三四五六七八九])(?:年底前|年底|年末|年内)|本年度)"), (t, m) -> endOfYear(t.currentYear()), "今年", "年底", "年末", "年内", "本年度"),
            new Rule(Pattern.compile("(?:到|至|在)?“?十([一二三四五六七八九])五”?(?:期间|期末|末|时期|结束前|收官)"), DeadlineFinder::fiveYearPlan, "五"),
            // 三年内, not the tail of a year (2020年内 is within 2020, a year past in a later plan: no limit)
            new Rule(Pattern.compile("(?:用|未来)" + NUMERAL + "年(?:左右)?(?:时间)?|(?<!\\d{2})" + NUMERAL + "年内"), DeadlineFinder::yearsFrom, "用", "未来", "年内"),
            new Rule(Pattern.compile("(?<![\\d])(1[0-2]\\d)年(?:度)?(?:底前|底|末|前|以前|之前)?(?![\\d月])"), DeadlineFinder::republicYear, DIGIT_YEAR));

    /** 在2010年全县卫生工作会议上: a year that names the meeting a speech was given at, not a time limit. */
    private static final Pattern MEETING_NAMED = Pattern.compile("[^,，。;；]{0,16}?(?:会议|工作会|大会|座谈会|推进会)上");

    /** The deadlines of what {@link #find} found (most sentences state none: no stream for them). */
    static List<Deadline> deadlinesOf(List<Found> found) {
        if (found.isEmpty()) return List.of();
        List<Deadline> out = new ArrayList<>(found.size());
        for (Found f : found) out.add(f.deadline());
        return Collections.unmodifiableList(out);
    }

    /** The time limits of a sentence, left to right, resolved against the sentence's timeline. */
    static List<Found> find(String sentence, Timeline timeline) {
        List<Found> all = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch().test(sentence)) continue;
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                if (insideTitleOrQuote(sentence, m.start()) && !isPublishedPlansYear(sentence, m.start())) continue;
                if (MEETING_NAMED.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue;
                LocalDate date = rule.resolver().resolve(timeline, m);
                if (date != null) {
                    all.add(new Found(new Deadline(m.group(), date == UNRESOLVED ? null : date.toString()), m.start(), m.end()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()));
        List<Found> kept = new ArrayList<>();
        int covered = -1;
        for (Found f : all) {
            if (f.start() >= covered) {
                kept.add(f);
                covered = f.end();
            }
        }
        return kept;
    }

    private static LocalDate dayOfMonth(Timeline timeline, Matcher m) {
        Integer year = yearOf(timeline, m.group(1), m.group(2), Integer.parseInt(m.group(3)));
        if (year == null) return UNRESOLVED;
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** 515日前: a date that lost its 月, read back when only one split of the digits is a date (5月15日). */
    private static LocalDate lostMonth(Timeline timeline, Matcher m) {
        int[] monthDay = LostMonths.monthDay(m.group(1));
        if (monthDay == null) return null;
        Integer year = yearOf(timeline, null, null, monthDay[0]);
        try {
            return year == null ? UNRESOLVED : LocalDate.of(year, monthDay[0], monthDay[1]);
        } catch (DateTimeException e) {
            return null; // 229日 in a year without a 29 February
        }
    }

    private static LocalDate endOfMonth(Timeline timeline, Matcher m) {
        int month = NumberReader.whole(m.group(3));
        Integer year = yearOf(timeline, m.group(1), m.group(2), month);
        if (month < 1 || month > 12) return null;
        return year == null ? UNRESOLVED : YearMonth.of(year, month).atEndOfMonth();
    }

    private static LocalDate endOfPart(Timeline timeline, Matcher m) {
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1))
                : "明年".equals(m.group(2)) ? timeline.nextYear()
                : m.group(2) != null ? timeline.currentYear() : timeline.planYear();
        if (year == null) return UNRESOLVED;
        String part = m.group(3).replace("第", "").replace("度", "");
        int month = part.equals("上半年") ? 6 : part.equals("下半年") ? 12 : 3 * (1 + "一二三四".indexOf(part.charAt(0)));
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static LocalDate namedYear(Timeline timeline, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        Integer earliest = timeline.currentYear() != null ? timeline.currentYear() : timeline.planYear();
        if (earliest != null && (year < earliest || year > earliest + 15)) return null;
        return endOfYear(year);
    }

    /** The end of a five-year plan (十四五末 → 2025-12-31); one already over (“十三五”时期 in a 2021 plan) is no limit. */
    private static LocalDate fiveYearPlan(Timeline timeline, Matcher m) {
        int end = FiveYearPlans.end(m.group(1).charAt(0));
        Integer now = timeline.now();
        return now != null && end < now ? null : LocalDate.of(end, 12, 31);
    }

    /** 年中, 明年中: the middle of the year, its 30 June. */
    private static LocalDate midYear(Timeline timeline, Matcher m) {
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1))
                : "明".equals(m.group(2)) ? timeline.nextYear() : timeline.currentYear();
        return year == null ? UNRESOLVED : LocalDate.of(year, 6, 30);
    }

    /** 113年 in a Taiwan text: a year of the Republic of China's calendar (113年 = 2024). */
    private static LocalDate republicYear(Timeline timeline, Matcher m) {
        if (!timeline.republicCalendar()) return null;
        int year = Years.ofRepublic(Integer.parseInt(m.group(1)));
        Integer earliest = timeline.currentYear() != null ? timeline.currentYear() : timeline.planYear();
        return earliest != null && (year < earliest || year > earliest + 15) ? null : endOfYear(year);
    }

    /** 二〇一九年 written digit by digit in Chinese: resolved like 2019年. */
    private static LocalDate chineseYear(Timeline timeline, Matcher m) {
        StringBuilder digits = new StringBuilder();
        for (char c : m.group(1).toCharArray()) {
            digits.append(c == '〇' || c == '○' || c == '零' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        }
        int year = Integer.parseInt(digits.toString());
        Integer earliest = timeline.currentYear() != null ? timeline.currentYear() : timeline.planYear();
        return earliest != null && (year < earliest || year > earliest + 15) ? null : endOfYear(year);
    }

    /** 用三年时间 / 三年内 in a 2024 plan: 2024, 2025 and 2026, so 2026-12-31 (the start year counts). */
    private static LocalDate yearsFrom(Timeline timeline, Matcher m) {
        String numeral = m.group(1) != null ? m.group(1) : m.group(2);
        int years = NumberReader.whole(numeral);
        Integer from = timeline.planYear();
        if (years < 1) return null;
        return from == null ? UNRESOLVED : endOfYear(from + years - 1);
    }

    /** The year of a month limit: the stated one, else the current year, moved on when the month has passed. */
    private static Integer yearOf(Timeline timeline, String explicitYear, String relativeYear, int month) {
        if (explicitYear != null) return Integer.valueOf(explicitYear);
        if ("明年".equals(relativeYear)) return timeline.nextYear();
        Integer year = timeline.currentYear() != null ? timeline.currentYear() : timeline.planYear();
        Integer issued = timeline.monthIssuedThisYear();
        if (year != null && relativeYear == null && issued != null && month < issued) {
            return year + 1;
        }
        return year;
    }

    private static LocalDate endOfYear(Integer year) {
        return year == null ? UNRESOLVED : LocalDate.of(year, 12, 31);
    }

    /** 印发《健康某省行动2022年工作要点》: the year of a plan a news item reports published is its time limit. */
    private static boolean isPublishedPlansYear(String s, int at) {
        int open = s.lastIndexOf('《', at);
        return open >= 2 && s.startsWith("印发", open - 2) && s.indexOf('》', open) > at;
    }

    static boolean insideTitleOrQuote(String s, int at) {
        return unclosedBefore(s, at, '《', '》') || unclosedBefore(s, at, '“', '”') || unclosedBefore(s, at, '"', '"');
    }

    private static boolean unclosedBefore(String s, int at, char open, char close) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (open == close) {
                if (c == open) depth ^= 1;
            } else if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
