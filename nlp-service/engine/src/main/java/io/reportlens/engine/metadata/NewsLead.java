package io.reportlens.engine.metadata;

import java.util.regex.Pattern;

/**
 * Whether a text is a news item about a meeting (3月5日,…工作会议召开; 会议指出/强调/要求) or about a plan
 * (近日…印发《…》, 方案提出), rather than the document itself: its lead tells.
 */
public final class NewsLead {

    /** What a news item is about. */
    public enum Kind { MEETING, PLAN, NONE }

    private static final int LEAD = 400;
    private static final String DAY = "(?:\\d{1,2}月\\d{1,2}日|昨天|昨日|今天|今日|近日|日前)";
    private static final Pattern DATED_MEETING = Pattern.compile(
            "(?m)^[^。\\n]{0,20}?" + DAY + "(?:上午|下午|晚上|晚)?[,，]?[^。\\n]{0,60}?(?:会议|大会|工作会|座谈会|推进会)[^。\\n]{0,20}?(?:召开|举行)"
                    + "|(?m)^[^。\\n]{0,20}?" + DAY + "(?:上午|下午|晚上|晚)?[,，]?[^。\\n]{0,30}?(?:召开|举行)[^。\\n]{0,40}?(?:会议|大会|工作会)");
    /** A speech addresses its audience: it is the document, not news of it. */
    private static final Pattern ADDRESS = Pattern.compile("同志们[:,!]");
    private static final Pattern REPORTED_MEETING = Pattern.compile("会议(?:指出|强调|要求|提出|认为|明确)");
    private static final Pattern PLAN_NEWS = Pattern.compile(
            "(?:近日|日前|记者|获悉|消息|新闻网)[^。]{0,80}?印发(?:了)?《|《[^》]{2,40}》(?:提出|明确|指出|要求)"
                    + "|(?:施政报告|规划|方案|行动计划|实施意见)(?:提出|提到|明确|指出)");
    private static final Pattern MEETING_HEADLINE = Pattern.compile("(?:会议|大会|工作会)(?:在[^。\\n]{2,10})?召开\\s*$|召开[^。\\n]{0,20}(?:会议|大会|工作会)\\s*$");

    private NewsLead() {
    }

    public static Kind of(String text) {
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        if (ADDRESS.matcher(lead).find()) {
            return Kind.NONE;
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (DATED_MEETING.matcher(lead).find() || MEETING_HEADLINE.matcher(firstLine).find()
                || REPORTED_MEETING.matcher(text).find() && (lead.contains("召开") || lead.contains("会议"))) {
            return Kind.MEETING;
        }
        return PLAN_NEWS.matcher(lead).find() ? Kind.PLAN : Kind.NONE;
    }
}
