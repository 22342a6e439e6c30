package io.reportlens.engine.commitments;

import io.reportlens.engine.text.Lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording cues that tell a promise from a heading, a framing statement, a problem or a past
 * result. Literal word lists are {@link Lexicon}s; the few structural patterns run only after a
 * cheap check for their anchor words, since these tests run on every sentence.
 */
final class Cues {

    /** 力争, 确保… and the modal 要 / 将 (not 主要, 重要, 要求, 即将…). */
    private static final Lexicon MODAL_WORDS = new Lexicon(List.of("力争", "争取", "确保", "务必", "必须", "坚决", "一定"));
    private static final String NOT_MODAL_BEFORE_YAO = "主重需纪提概只必摘";
    private static final String NOT_MODAL_AFTER_YAO = "求点素害闻务";
    private static final String NOT_MODAL_AFTER_JIANG = "军领士";

    static final Pattern PASSAGE_START = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?(?:下一步|下半年|明年|今后|接下来|下阶段)");
    static final Pattern THIS_YEAR_START = Pattern.compile("^(?:今年|本年度?)(?!以来)");
    private static final Pattern HEADING_MARKER = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十\\d]{1,2}[、.．]|第[一二三四五六七八九十]{1,2}[部章节])");

    /** Sentences about the report itself, its outline or its guiding line (以…为指导): they frame the promises, even when they use 要 / 将. */
    private static final Lexicon ABOUT_THE_REPORT = new Lexicon(List.of("总体思路", "指导思想", "总体要求", "工作思路", "基本原则", "印发如下", "为指导", "为统领"));
    private static final Pattern ABOUT_THE_REPORT_FORMS = Pattern.compile(
            "^现将|如下[:：]?$|以下.{0,8}(?:工作|任务|方面|要求|意见)[:：]?$|我讲.{0,4}意见|强调.{0,4}要求");
    /** Statements that frame the year or weigh the work: 今年是…之年, …意义重大. */
    private static final Lexicon WEIGHING = new Lexicon(List.of("意义重大", "十分重要", "至关重要", "尤为重要", "刻不容缓"));
    private static final Pattern FRAMING_YEAR = Pattern.compile("是.{0,40}(?:之年|一年|关键期|开局|重要抓手|政治任务)");
    private static final Lexicon PROBLEM = new Lexicon(List.of("存在", "仍然", "依然", "仍有", "尚未", "有待", "亟待", "差距较大", "缺口"));
    private static final Lexicon PAST = new Lexicon(List.of("取得了", "完成了", "实现了", "开展了", "成立了", "建成了"));
    private static final List<String> PAST_OPENINGS = List.of("截至", "截止", "目前", "去年", "过去", "今年以来");
    /** The address and the closing call of a speech: 同志们,新的一年…; 让我们…. */
    private static final List<String> RHETORIC_OPENINGS = List.of("同志们", "让我们");
    private static final Pattern YEAR_SINCE = Pattern.compile("^20\\d{2}年以来");

    private Cues() {
    }

    static boolean hasModal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == '要' && NOT_MODAL_BEFORE_YAO.indexOf(before) < 0 && NOT_MODAL_AFTER_YAO.indexOf(after) < 0) return true;
            if (c == '将' && before != '即' && NOT_MODAL_AFTER_JIANG.indexOf(after) < 0) return true;
        }
        return MODAL_WORDS.foundIn(s);
    }

    /** A heading or a title line: a short sentence with a list marker, or a short line of its own, and no comma. */
    static boolean isHeading(String s, boolean wholeLine) {
        if (s.length() > 30 || s.indexOf(',') >= 0 || s.indexOf('，') >= 0) return false;
        return wholeLine || HEADING_MARKER.matcher(s).find();
    }

    /** The title of the notice a plan is sent out with: 关于印发…的通知. */
    private static boolean isNoticeTitle(String s) {
        return s.contains("关于印发") || (s.endsWith("的通知") && s.contains("关于"));
    }

    /** A statement about the report (总体思路是…, 现将…印发), or one that frames the year (今年是…之年), reports a problem or a result, promising nothing. */
    static boolean isStatementOnly(String s) {
        if (isAboutTheReport(s) || RHETORIC_OPENINGS.stream().anyMatch(s::startsWith)) return true;
        if (hasModal(s)) return false;
        return WEIGHING.foundIn(s) || (s.indexOf('是') >= 0 && FRAMING_YEAR.matcher(s).find())
                || PROBLEM.foundIn(s) || PAST.foundIn(s)
                || PAST_OPENINGS.stream().anyMatch(s::startsWith) || YEAR_SINCE.matcher(s).find();
    }

    private static boolean isAboutTheReport(String s) {
        if (ABOUT_THE_REPORT.foundIn(s) || isNoticeTitle(s)) return true;
        boolean anchored = s.startsWith("现将") || s.contains("如下") || s.contains("以下") || s.contains("我讲") || s.contains("强调");
        return anchored && ABOUT_THE_REPORT_FORMS.matcher(s).find();
    }
}
