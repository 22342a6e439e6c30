package io.reportlens.engine.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is a news item about a meeting (3月5日,…工作会议召开; 会议指出/强调/要求), about a plan
 * (近日…印发《…》, 方案提出) or about a press event (今(23)日举办…记者会), rather than the document itself:
 * its lead tells.
 */
public final class NewsLead {

    /** What a news item is about. */
    public enum Kind { MEETING, PLAN, EVENT, NONE }

    private static final int LEAD = 400;
    private static final int MAX_HEADLINE = 60;
    private static final Pattern DAY = Pattern.compile("\\d{1,2}月\\d{1,2}日|昨天|昨日|今天|今日|今\\(\\d{1,2}\\)日|近日|日前");
    private static final String MEETING_NOUN =
            "会议|大会|工作会|座谈会|推进会|调度会|部署会|现场会|动员会|培训会|汇报会|总结会|表彰会|交流会|分析会|述职会|启动会|观摩会|讲评会|务虚会";
    private static final Pattern MEETING = Pattern.compile(MEETING_NOUN);
    /** A press event (记者会, 发布会): news of it is dated by it, but it is no work meeting that reviews and plans. */
    private static final Pattern PRESS_EVENT = Pattern.compile("记者会|发布会");
    private static final Pattern HELD = Pattern.compile("召开|举行|举办");
    /** How far into a line its day may stand, and the meeting and 召开 after it, for the line to report a meeting. */
    private static final int DAY_WITHIN = 100;
    private static final int MEETING_WITHIN = 64;
    private static final int HELD_WITHIN = 20;
    private static final int HELD_FIRST_DAY_WITHIN = 40;
    private static final int HELD_FIRST_WITHIN = 34;
    private static final int MEETING_AFTER_HELD_WITHIN = 40;
    /** A speech addresses its audience: it is the document, not news of it. */
    private static final Pattern ADDRESS = Pattern.compile("同志们[:,!]");
    private static final Pattern REPORTED_MEETING = Pattern.compile("会议(?:指出|强调|要求|提出|认为|明确)");
    private static final Pattern PLAN_NEWS = Pattern.compile(
            "(?:近日|近期|日前|记者|获悉|消息|新闻网)[^。]{0,80}?(?:印发|出台|编制)(?:了)?《"
                    // 我省印发《健康辽宁行动(2021-2030年)》: a headline telling of the place's own plan
                    + "|我(?:省|市|县|区|州|旗)(?:联合)?(?:印发|出台)(?:了)?《[^》]{2,60}(?:规划|方案|行动|计划|要点|意见)"
                    // 发布 also tells of a bulletin (统计公报): news of a plan only when a plan is published; what a
                    // bulletin 指出 is a statistic, not a plan's goal
                    + "|(?:近日|日前|记者|获悉|消息|新闻网)[^。]{0,80}?发布(?:了)?《[^》]{0,60}(?:规划|方案|计划|要点|意见)(?:\\([^)]{0,12}\\))?》|《(?![^》]{0,40}公报》)[^》]{2,40}》(?:中)?(?:提出|明确|指出|要求|确定)"
                    + "|(?:近日|日前)[^。]{0,40}?(?:正式)?启动实施[^。]{0,60}?行动[(（]\\d{4}"
                    // 记者…了解到,某省正式启动实施…行动,要求到2027年…: a campaign launched with the year its goals are for
                    + "|(?:近日|日前|记者|获悉)[^。]{0,80}?(?:正式)?启动实施[^。]{0,60}?行动[^。]{0,4}?(?:要求|提出|明确)?到20\\d{2}年"
                    + "|(?:施政报告|规划|方案|行动计划|实施意见)(?:提出|提到|明确|指出)"
                    // 记者从省卫生健康委获悉,2025年四川卫生健康工作有这些重点: the year's priorities, relayed
                    + "|(?:记者|获悉)[^。]{0,60}?20\\d{2}年[^。]{0,24}?工作(?:有这些|的)?(?:重点|要点)(?:任务)?(?:。|[:：]|$)");
    private static final Pattern MEETING_HEADLINE = Pattern.compile(
            "(?:" + MEETING_NOUN + ")(?:在[^。\\n]{2,10})?召开\\s*$|召开[^。\\n]{0,40}(?:" + MEETING_NOUN + ")\\s*$");
    /** A headline may stand under a site's chrome, and runs longer than a title when it has a kicker (…——市局召开…会). */
    private static final int MAX_MEETING_HEADLINE = 90;
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d+[.、．]|[一二三四五六七八九十]+、|[(（])");

    private NewsLead() {
    }

    /** The first line when it is short enough to be a title or a news item's headline, not the first paragraph; else null. */
    public static String headline(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return isHeadlineShaped(line) ? line : null;
    }

    /** Short enough for a headline, and no sentence in it. */
    static boolean isHeadlineShaped(String line) {
        return line.length() <= MAX_HEADLINE && line.indexOf('。') < 0;
    }

    public static Kind of(String text) {
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        if (ADDRESS.matcher(lead).find()) {
            return Kind.NONE;
        }
        if (reportsADatedMeeting(lead) || hasMeetingHeadline(lead)
                || (lead.contains("召开") || lead.contains("会议")) && REPORTED_MEETING.matcher(text).find()) {
            return Kind.MEETING;
        }
        if (PLAN_NEWS.matcher(lead).find()) {
            return Kind.PLAN;
        }
        return reportsADated(PRESS_EVENT, lead) ? Kind.EVENT : Kind.NONE;
    }

    /** A headline of a meeting held (…召开, 召开…会议) among the lines before the first sentence of the lead. */
    private static boolean hasMeetingHeadline(String lead) {
        for (String line : lead.split("\n")) {
            String l = line.strip();
            if (l.indexOf('。') >= 0) {
                return false;
            }
            if (l.length() <= MAX_MEETING_HEADLINE && !LIST_ITEM.matcher(l).find() && MEETING_HEADLINE.matcher(l).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of the lead that dates a meeting held: 3月5日上午,全市卫生健康工作会议召开 (day, meeting, 召开) or
     * 近日,市卫健委召开…推进会 (day, 召开, meeting), within one sentence. Read by searching forward from each
     * day, which a single regular expression with three open gaps would do in cubic time.
     */
    static boolean reportsADatedMeeting(String lead) {
        return reportsADated(MEETING, lead);
    }

    private static boolean reportsADated(Pattern gathering, String lead) {
        for (String line : lead.split("\n")) {
            int stop = line.indexOf('。');
            String sentence = stop < 0 ? line : line.substring(0, stop);
            Matcher day = DAY.matcher(sentence);
            while (day.find() && day.start() <= DAY_WITHIN) {
                int after = day.end();
                Matcher meeting = gathering.matcher(sentence).region(after, Math.min(sentence.length(), after + MEETING_WITHIN));
                while (meeting.find()) {
                    if (found(HELD, sentence, meeting.end(), HELD_WITHIN)) return true;
                }
                if (day.start() <= HELD_FIRST_DAY_WITHIN || opensTheClauseAfterAPurpose(sentence, day.start())) {
                    Matcher held = HELD.matcher(sentence).region(after, Math.min(sentence.length(), after + HELD_FIRST_WITHIN));
                    while (held.find()) {
                        if (found(gathering, sentence, held.end(), MEETING_AFTER_HELD_WITHIN)) return true;
                    }
                }
            }
        }
        return false;
    }

    /** 为贯彻落实…,3月4日,区卫健局召开…: a day that opens the clause after the purpose the lead begins with. */
    private static boolean opensTheClauseAfterAPurpose(String sentence, int dayStart) {
        return sentence.startsWith("为") && dayStart > 0 && (sentence.charAt(dayStart - 1) == ',' || sentence.charAt(dayStart - 1) == '，');
    }

    /** Whether {@code p} starts within {@code within} characters after {@code from}. */
    private static boolean found(Pattern p, String s, int from, int within) {
        Matcher m = p.matcher(s).region(from, s.length());
        return m.find() && m.start() - from <= within;
    }
}
