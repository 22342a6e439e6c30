package io.reportlens.engine.commitments;

import java.util.regex.Pattern;

/** The wording cues that tell a promise from a heading, a framing statement, a problem or a past result. */
final class Cues {

    /** 要 / 将 as a modal (not 主要, 重要, 要求, 即将…), and the strength words. */
    static final Pattern MODAL = Pattern.compile(
            "(?<![主重需纪提概只必摘])要(?![求点素害闻务])|(?<![即])将(?![军领士])|力争|争取|确保|务必|必须|坚决|一定");
    static final Pattern PASSAGE_START = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?(?:下一步|下半年|明年|今后|接下来|下阶段)");
    static final Pattern THIS_YEAR_START = Pattern.compile("^(?:今年|本年度?)(?!以来)");
    private static final Pattern HEADING_MARKER = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十\\d]{1,2}[、.．]|第[一二三四五六七八九十]{1,2}[部章节])");
    private static final Pattern FRAMING = Pattern.compile(
            "总体思路|指导思想|总体要求|工作思路|基本原则|是.{0,40}(?:之年|一年|关键期|开局|重要抓手|政治任务)");
    private static final Pattern PROBLEM = Pattern.compile(
            "存在|仍然|依然|仍有|尚未|有待|亟待|差距较大|缺口");
    private static final Pattern PAST = Pattern.compile(
            "^(?:截至|截止|目前|去年|过去|20\\d{2}年以来|今年以来)|取得了|完成了|实现了|开展了|成立了|建成了");

    private Cues() {
    }

    static boolean hasModal(String s) {
        return MODAL.matcher(s).find();
    }

    /** A heading or a title line: a short sentence with a list marker, or a short line of its own, and no comma. */
    static boolean isHeading(String s, boolean wholeLine) {
        if (s.length() > 30 || s.indexOf(',') >= 0 || s.indexOf('，') >= 0) return false;
        return wholeLine || HEADING_MARKER.matcher(s).find();
    }

    /** A statement that frames the work (总体思路是…, 今年是…之年) or reports a problem or a result, promising nothing. */
    static boolean isStatementOnly(String s) {
        if (hasModal(s)) return false;
        return FRAMING.matcher(s).find() || PROBLEM.matcher(s).find() || PAST.matcher(s).find();
    }
}
