package io.reportlens.engine.metadata;

import io.reportlens.engine.sections.HeadingMarker;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's own title, looked for near the top of the text, in this order: a portal's 标题 field;
 * the report a 关于印发《…》的通知 publishes; the main title above a subtitle such as ——在…会议上的讲话;
 * a short line naming a kind of report (工作总结, 工作计划, 讲话…), joined with its continuation line;
 * the line just above a speaker's byline.
 */
final class TitleFinder {

    private static final int HEAD_LINES = 30;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TITLE = 60;
    private static final String TITLE_FIELD = "标题:";
    private static final List<String> PUBLISHING_VERBS = List.of("印发", "现将");
    private static final Pattern REPORT_KIND = Pattern.compile("总结|计划|要点|安排|打算|报告|讲话|致辞|回顾");
    private static final Pattern BYLINE = Pattern.compile(".{2,30}(?:卫生健康委员会|卫生健康委|卫生健康局|卫健委|卫健局)[^。]{0,20}");
    private static final Pattern DATE_IN_PARENS = Pattern.compile("\\(\\d{4}年\\d{1,2}月\\d{1,2}日\\)");
    private static final Pattern DECLARED_SEPARATORS = Pattern.compile("\\s*(?:[_|]|--?|——|—| - )\\s*");
    private static final String CONTINUATIONS = "及和与暨并";

    private TitleFinder() {
    }

    static String find(String text) {
        List<String> lines = text.lines().limit(HEAD_LINES).toList();
        for (String line : lines) {
            String value = line.startsWith(TITLE_FIELD) ? line.substring(TITLE_FIELD.length()).strip() : "";
            if (value.length() >= MIN_TITLE && value.length() <= MAX_TITLE) {
                return value;
            }
        }
        String published = publishedReport(lines);
        if (published != null) {
            return published;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && line.startsWith("—") && REPORT_KIND.matcher(line).find() && isTitleShaped(lines.get(i - 1))) {
                return lines.get(i - 1);
            }
            if (isTitleShaped(line) && REPORT_KIND.matcher(line).find() && !line.startsWith("关于")) {
                boolean continues = i + 1 < lines.size() && isTitleShaped(lines.get(i + 1))
                        && CONTINUATIONS.indexOf(lines.get(i + 1).charAt(0)) >= 0;
                return continues ? line + lines.get(i + 1) : line;
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isTitleShaped(lines.get(i)) && isByline(lines, i + 1)) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** X in 关于印发《X》的通知 or 现将《X》印发给你们, where 《X》 may run over a line break. */
    private static String publishedReport(List<String> lines) {
        String head = String.join("", lines);
        for (int open = head.indexOf('《'); open >= 2; open = head.indexOf('《', open + 1)) {
            int close = head.indexOf('》', open + 1);
            if (close < 0) {
                return null;
            }
            int length = close - open - 1;
            if (PUBLISHING_VERBS.contains(head.substring(open - 2, open)) && length >= MIN_TITLE && length <= MAX_TITLE) {
                return head.substring(open + 1, close);
            }
        }
        return null;
    }

    /**
     * A title declared by the container, without the site's name portals join to it
     * ({@code 某某工作总结_某某区人民政府} → {@code 某某工作总结}): the part naming a kind of report, else the longest.
     */
    static String fromDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String best = null;
        for (String part : DECLARED_SEPARATORS.split(declared.strip())) {
            String p = part.strip();
            if (REPORT_KIND.matcher(p).find()) {
                return p;
            }
            if (best == null || p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    /** A speaker's line (organization, post, name) followed by, or holding, the date in parentheses. */
    private static boolean isByline(List<String> lines, int i) {
        String line = lines.get(i);
        if (!BYLINE.matcher(line).matches()) {
            return false;
        }
        return DATE_IN_PARENS.matcher(line).find() || i + 1 < lines.size() && DATE_IN_PARENS.matcher(lines.get(i + 1)).find();
    }

    private static boolean isTitleShaped(String line) {
        return line.length() >= MIN_TITLE && line.length() <= MAX_TITLE && line.indexOf('。') < 0
                && line.indexOf(':') < 0 && !line.startsWith("(") && Character.isLetterOrDigit(line.charAt(0))
                && HeadingMarker.level(line) == 0;
    }
}
