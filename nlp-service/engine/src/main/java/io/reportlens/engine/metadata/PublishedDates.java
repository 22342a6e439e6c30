package io.reportlens.engine.metadata;

import io.reportlens.engine.numbers.LostMonths;
import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.sections.Years;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report was issued or delivered (spec §2). The document's own date comes first: a
 * 成文日期 field, the date under its signature, the date a speech was delivered; then the date a page
 * was posted (发布日期, 发布时间, 时间…, or a line holding only a date). A news item is dated by the
 * meeting it reports (3月31日,…召开…会议, its year from the meeting's name or the year it plans for),
 * never by the date the news was posted. Dates may be written in Arabic or Chinese numerals, and in
 * the Republic of China's calendar (中华民国八十二年 = 1993).
 */
final class PublishedDates {

    private static final String NUM = "[0-9〇零一二三四五六七八九十]";
    /** 成文日期: 2023-05-19, or a table row of label and value with no colon (成文日期 2023-05-19). */
    private static final Pattern OWN_FIELD = Pattern.compile("(?:成文日期|印发日期)(?::|\\s)?\\s?\\|?\\s?(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    /**
     * 发布时间: 2024-01-04, a record table's 生成日期 2022-07-05 (its label and value cells without a colon,
     * the space gone once the normalizer closed a digit up to a character),
     * or a template site's bare 发布:2020-10-31 beside its counters.
     */
    private static final Pattern POSTED_FIELD = Pattern.compile(
            "(?:(?:发布时间|发布日期|发文日期|生成日期)(?::|\\s)?|(?:发布|(?<!生效|废止|失效|有效|实施|截止)(?:时间|日期)):)"
                    + "\\s?\\|?\\s?(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\(?(?:(" + NUM + "{4})年(" + NUM + "{1,3})月(" + NUM + "{1,3})日|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\)?");
    /** 局长 张某某(2022年9月20日), a speech's date in parentheses after its speaker, on a line of its own or run in. */
    private static final Pattern SPEAKERS_DATE = Pattern.compile(
            "(?:书记|主任|局长|院长|处长|厅长|市长|县长|区长|州长|旗长|主席)[\\p{IsHan}·]{0,8}\\s?[(（](\\d{4})年(\\d{1,2})月(\\d{1,2})日[)）]");
    /** 食物及卫生篇(14/10/2018): a Hong Kong or Macau page dates its piece day first, in parentheses after its title. */
    private static final Pattern DAY_FIRST = Pattern.compile("[(（](\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})[)）]");
    private static final Pattern ROC = Pattern.compile("(?:中华)?民国(" + NUM + "{1,4})年(" + NUM + "{1,3})月(" + NUM + "{1,3})日");
    /** 224日, a meeting's day whose 月 the page lost: three or four digits before 日 and nothing that makes them a number. */
    private static final Pattern LOST_MONTH_DAY = Pattern.compile("(?<![\\d年月.])(\\d{3,4})日(?![讯电])(?:上午|下午|晚上|晚)?[,，]?");
    /** 2024年7月19日, a meeting's day written with its year near the head of a lead sentence; not a dateline's day. */
    private static final Pattern FULL_MEETING_DAY = Pattern.compile("^\\D{0,12}?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日(?![讯电])");
    /** 3月31日(上午), the day of a meeting in a news item's lead sentence; not a dateline's day (4月14日讯, 3月5日电). */
    private static final Pattern MEETING_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日(?![讯电])(?:上午|下午|晚上|晚)?[,，]?");
    /** 昨日, / 今天上午, / 今(23)日 / 今日(30日): a day counted from the one the news was written, opening its lead. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(昨日|昨天|今日\\((\\d{1,2})日?\\)|今日|今天|今\\((\\d{1,2})\\)日)(?:上午|下午|晚上|晚)?[,，]?");
    /** Any date in a page's head (2018/12/11 22:30 发布): the year a meeting's day is in, or the day a 昨日 counts from. */
    private static final Pattern ANY_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern MEETING = Pattern.compile("会议|大会|召开|举行|举办|座谈会|工作会|记者会|发布会|发表");
    /** A page's stamp (2023-1-29 10:51, 2021/07/09): a date written with separators, as no prose writes one. */
    private static final Pattern STAMP = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** A newspaper's dateline on a line of its own (2012年2月22日 星期三): the day the page was printed. */
    private static final Pattern DATELINE_STAMP = Pattern.compile(
            "(?m)^\\s*((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日\\s*(?:星期[一二三四五六日天]?)?\\s*$");
    /** A stamp with its time of day (公文搜 2021-07-09 14:29:34), or one that says it is the posting (2023-04-25 发布于山西, 2020-02-26 来源: 办公室). */
    private static final Pattern POSTED_STAMP = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)|\\s?发布于|\\s*来源\\s?:)"
                    // 来源:中国张掖网 2019年07月16日 15:38: a date in words with its time of day, as no prose writes one
                    + "|(?<!\\d)((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日\\s?\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    /** How long before the page's stamp the meeting it reports may have been held. */
    private static final int STAMP_REACH_DAYS = 60;
    private static final int FIELDS_AREA = 3000;
    /** How many lines of a news item may stand before its lead (a headline, a source, counters). */
    private static final int LEAD_LINES = 14;
    private static final int MAX_DATE_LINE = 24;
    private static final int SIGNATURE_REACH = 2;
    /** The sentence that sends it (现将《…》印发你们,请结合实际认真抓好贯彻落实,确保完成…。). */
    private static final Pattern NOTICE_SENDING = Pattern.compile("^现将[^。]{0,80}?(?:印发|转发)(?:给)?你们");
    /** The distribution list of an official document (抄送:各部门), which closes it after the date. */
    private static final String COPIES_TO = "抄送";
    /** The closing words of a notice that sends a document out (现将…印发给你们,请认真组织实施。). */
    private static final Pattern NOTICE_CLOSE = Pattern.compile("(?:印发给你们|转发给你们|组织实施|遵照执行|贯彻执行|贯彻落实)。?$");

    private PublishedDates() {
    }

    /** @param news whether the text is a news item about a meeting or a plan */
    static String find(String text, boolean news) {
        List<String> lines = text.lines().map(String::strip).toList();
        String head = text.substring(0, Math.min(text.length(), FIELDS_AREA));
        if (news) {
            String day = meetingDay(lines, head);
            return day != null ? day : numbered(lines); // a notice that sends out a plan is dated as the plan's issue
        }
        // each pattern is tried at every position of the head: skipped when the literal it needs is absent
        String own = head.contains("成文日期") || head.contains("印发日期") ? firstOf(OWN_FIELD.matcher(head)) : null;
        if (own == null) {
            own = signed(lines);
        }
        if (own == null) {
            own = numbered(lines);
        }
        if (own == null) {
            own = head.contains("日)") || head.contains("日）") ? firstOf(SPEAKERS_DATE.matcher(head)) : null;
        }
        if (own == null && head.indexOf('/') >= 0) {
            Matcher dayFirst = DAY_FIRST.matcher(head);
            own = dayFirst.find() ? iso(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)) : null;
        }
        if (own == null) {
            own = roc(text);
        }
        return own != null ? own : posted(head, lines);
    }

    /**
     * The day the page was posted (发布时间: 2017-03-24, a dateline, a stamp with its time of day), whatever the text
     * is: for news of a meeting, not its date (spec §2) but the year its 今年 is.
     */
    static String posted(String text) {
        return posted(text.substring(0, Math.min(text.length(), FIELDS_AREA)), text.lines().map(String::strip).toList());
    }

    private static String posted(String head, List<String> lines) {
        String posted = head.contains("时间") || head.contains("日期") || head.contains("发布:")
                ? firstOf(POSTED_FIELD.matcher(head)) : null;
        if (posted == null) {
            posted = firstDateLine(lines);
        }
        return posted != null ? posted : firstOf(POSTED_STAMP.matcher(head));
    }

    /** The day of the meeting a news item reports, with the year its lead names; null when it gives none. */
    private static String meetingDay(List<String> lines, String head) {
        int leadLines = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue; // blank lines are layout, not lines of the head
            }
            if (++leadLines > LEAD_LINES) {
                break;
            }
            int sentenceEnd = line.indexOf('。');
            String sentence = sentenceEnd < 0 ? line : line.substring(0, sentenceEnd);
            Matcher full = FULL_MEETING_DAY.matcher(sentence);
            if (full.find() && MEETING.matcher(sentence.substring(full.end())).find()) {
                String date = iso(full.group(1), full.group(2), full.group(3)); // 2024年7月19日,…召开…会议: the year is its own
                if (date != null) return date;
            }
            Day day = dayIn(sentence);
            if (day == null) {
                String relative = relativeDay(sentence, head);
                if (relative != null) {
                    return relative;
                }
                continue;
            }
            if (!MEETING.matcher(sentence.substring(day.end())).find()) {
                continue;
            }
            // the year it deploys work for is the meeting's own (总结2022年…,部署2023年重点任务 is held in 2023)
            Integer year = DeployedYears.first(sentence);
            Integer deployedLater = DeployedYears.first(head);
            if (year == null) {
                year = firstYear(YEAR.matcher(sentence));
                // 1月20日,2016年度…总结大会 that goes on to 部署2017年: held early in the year after the one it reviews
                if (year != null && deployedLater != null && deployedLater == year + 1 && day.month() <= 6) {
                    year = deployedLater;
                }
            }
            if (year == null) {
                year = deployedLater;
            }
            // the page was posted soon after the meeting: its stamp dates a day no year names, and a 2022年度 review held early in 2023
            Integer stamped = stampedYear(head, day.month(), day.day());
            if (stamped != null && (year == null || stamped == year + 1)) {
                year = stamped;
            }
            if (year == null) {
                year = firstYear(ANY_DATE.matcher(head));
            }
            if (year == null) {
                year = headlineYear(head); // 宜川县组织召开全县2021年卫生健康工作 over a lead whose year the page dropped
            }
            return year == null ? null : iso(String.valueOf(year), String.valueOf(day.month()), String.valueOf(day.day()));
        }
        return null;
    }

    /** The year a headline that reports a meeting names, or null. */
    private static Integer headlineYear(String head) {
        String headline = NewsLead.headline(head);
        return headline != null && MEETING.matcher(headline).find() ? firstYear(YEAR.matcher(headline)) : null;
    }

    /** A day of the year named in a sentence, and where its mention ends. */
    private record Day(int month, int day, int end) {
    }

    /** The first day a sentence names (3月31日), or one whose 月 the page lost (224日 for 2月24日) when it reads one way only. */
    private static Day dayIn(String sentence) {
        Matcher day = MEETING_DAY.matcher(sentence);
        if (day.find()) {
            return new Day(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), day.end());
        }
        Matcher lost = LOST_MONTH_DAY.matcher(sentence);
        int[] monthDay = lost.find() ? LostMonths.monthDay(lost.group(1)) : null;
        return monthDay == null ? null : new Day(monthDay[0], monthDay[1], lost.end());
    }

    /** The year of month/day when it falls within the reach before the page's first stamp or dateline; null otherwise. */
    private static Integer stampedYear(String head, int month, int day) {
        Matcher stamp = STAMP.matcher(head);
        Matcher dateline = DATELINE_STAMP.matcher(head);
        boolean stamped = stamp.find();
        if (dateline.find() && (!stamped || dateline.start() < stamp.start())) {
            stamp = dateline;
        } else if (!stamped) {
            return null;
        }
        try {
            LocalDate posted = LocalDate.of(Integer.parseInt(stamp.group(1)), Integer.parseInt(stamp.group(2)), Integer.parseInt(stamp.group(3)));
            LocalDate held = LocalDate.of(posted.getYear(), month, day);
            if (held.isAfter(posted)) {
                held = held.minusYears(1);
            }
            return held.plusDays(STAMP_REACH_DAYS).isBefore(posted) ? null : held.getYear();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * 昨日,…会议召开 / 某局今(23)日举行…: a lead whose first clause dates its meeting by the day the news
     * was written, counted from the page's date (来源:某报 2019-04-10); null when either is missing.
     */
    private static String relativeDay(String sentence, String head) {
        Matcher relative = RELATIVE_DAY.matcher(sentence);
        int firstClause = sentence.indexOf(',');
        if (!relative.find() || firstClause >= 0 && relative.start() > firstClause
                || !MEETING.matcher(sentence.substring(relative.end())).find()) {
            return null;
        }
        Matcher posted = ANY_DATE.matcher(head);
        if (!posted.find()) {
            return null;
        }
        try {
            LocalDate written = LocalDate.of(Integer.parseInt(posted.group(1)), Integer.parseInt(posted.group(2)), Integer.parseInt(posted.group(3)));
            if (relative.group(1).startsWith("昨")) {
                return written.minusDays(1).toString();
            }
            String dayOfMonth = relative.group(2) != null ? relative.group(2) : relative.group(3);
            return dayOfMonth == null ? written.toString() : written.withDayOfMonth(Integer.parseInt(dayOfMonth)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date on the line under a signature (a body's name), or a speech's date in parentheses under its byline. */
    private static String signed(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String date = dateLine(lines.get(i));
            if (date == null) {
                continue;
            }
            List<String> above = linesAbove(lines, i);
            for (int k = 0; k < above.size(); k++) {
                String line = above.get(k);
                if (line.length() <= 40 && (line.matches(".*(?:人民政府|办公室|办公厅|委员会|卫健委|卫生健康委|局|处|委)$")
                        || line.matches(".*(?:书记|主任|局长|院长|处长|厅长|市长|县长|区长).{0,5}$"))) {
                    return date;
                }
                if (k == above.size() - 1 && (NOTICE_CLOSE.matcher(line).find() || NOTICE_SENDING.matcher(line).find())) {
                    return date; // 现将《…》印发给你们,请认真组织实施。 then the date: the notice's own date, unsigned
                }
            }
        }
        return null;
    }

    /** The date on the line under a document's number (黑卫发〔2018〕39号, then 2018年12月5日), as a notice's header gives it. */
    private static String numbered(List<String> lines) {
        for (int i = 1; i < Math.min(lines.size(), LEAD_LINES); i++) {
            String date = dateLine(lines.get(i));
            List<String> above = date == null ? List.of() : linesAbove(lines, i);
            if (!above.isEmpty() && DocumentNumbers.isLine(above.get(above.size() - 1))) {
                return date;
            }
        }
        return null;
    }

    /** The non-blank lines just above line {@code i}, nearest last: blank lines between a signature and its date are layout. */
    private static List<String> linesAbove(List<String> lines, int i) {
        LinkedList<String> above = new LinkedList<>();
        for (int k = i - 1; k >= 0 && above.size() < SIGNATURE_REACH; k--) {
            if (!lines.get(k).isEmpty()) {
                above.addFirst(lines.get(k));
            }
        }
        return above;
    }

    private static String firstDateLine(List<String> lines) {
        for (String line : lines) {
            String date = dateLine(line);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String dateLine(String line) {
        int copies = line.indexOf(COPIES_TO);
        if (copies > 0) {
            line = line.substring(0, copies).strip(); // 2019年5月23日 抄送:区委各部门: a converted document's footer run onto its date
        }
        if (line.isEmpty() || line.length() > MAX_DATE_LINE || line.endsWith("。")) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? iso(m.group(1), m.group(2), m.group(3)) : iso(m.group(4), m.group(5), m.group(6));
    }

    private static String roc(String text) {
        Matcher m = ROC.matcher(text.substring(0, Math.min(text.length(), FIELDS_AREA)));
        if (!m.find()) {
            return null;
        }
        int year = number(m.group(1));
        return year < 0 ? null : iso(String.valueOf(Years.ofRepublic(year)), m.group(2), m.group(3));
    }

    /** The first valid date a matcher finds: year, month and day in its first three groups, or (a pattern of two forms) the next three. */
    private static String firstOf(Matcher m) {
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            String date = iso(m.group(g), m.group(g + 1), m.group(g + 2));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static Integer firstYear(Matcher m) {
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String iso(String year, String month, String day) {
        try {
            return LocalDate.of(number(year), number(month), number(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 2023, 十二, 二十五 as counted; 二〇二三 digit by digit; -1 (no date) otherwise. */
    private static int number(String s) {
        int counted = NumberReader.whole(s);
        return counted >= 0 ? counted : NumberReader.digits(s);
    }
}
