package io.reportlens.engine.commitments;

import io.reportlens.engine.sections.ItemMarkers;
import io.reportlens.engine.text.WordList;
import io.reportlens.engine.frame.OrientationCues;
import io.reportlens.engine.text.Lexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording that tells a promise from a heading, the lead of a list, a framing statement or a
 * problem. Literal word lists are {@link Lexicon}s; the few structural patterns run only after a
 * cheap check for their anchor words, since these tests run on every sentence.
 */
final class Cues {

    private static final Pattern HEADING_MARKER = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十\\d]{1,2}[、.．](?![一二三四五六七八九十两\\d])|第[一二三四五六七八九十]{1,2}[部章节])");
    /** A list whose first item starts inside the sentence, after its lead: 做好今年工作,一要…;二要…. */
    private static final Pattern FIRST_ITEM_INSIDE = Pattern.compile("[,，](?=一是|一要(?![求素点])|第一[,，、])");

    /** A lead's colon with the list's first item right after it: 重点抓好十项工作:一是…. */
    private static final Pattern COLON_BEFORE_FIRST_ITEM = Pattern.compile("[:：](?=一是|一要(?![求素点])|[(（]一[)）]|1[、.．])");

    /** Where the colon of a lead whose first item follows it inside the sentence stands, or -1. */
    static int colonBeforeFirstItem(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            // the first item's marker follows at once: test only there, no pattern over every sentence
            if ((c == ':' || c == '：') && COLON_BEFORE_FIRST_ITEM.matcher(s).region(i, s.length()).lookingAt()) return i;
        }
        return -1;
    }

    /** Where a list's first item starts inside the sentence (at the comma before it), or -1. */
    static int firstItemInside(String s) {
        if (s.indexOf('一') < 0) return -1; // every form names the first item
        Matcher m = FIRST_ITEM_INSIDE.matcher(s);
        return m.find() ? m.start() : -1;
    }

    /**
     * A lead that announces a list (重点抓好以下几方面工作, 主要目标如下, 重点做好六项工作:, 2025年工作有这些重点);
     * LIST_LEAD is anchored at the end and spans at most 以下 + 10 + a two-character noun + colon.
     */
    private static final int LIST_LEAD_TAIL = 16;
    /** What a lead names before the end of its sentence (以下几方面工作); without a colon only these end one. */
    private static final String[] LISTED_NOUNS = WordList.group(Cues.class, "statement-cues.tsv", "listed-nouns");
    private static final Pattern LIST_LEAD = Pattern.compile(
            "(?:以下|下列|有这些)[\\u4e00-\\u9fa5]{0,10}(?:" + String.join("|", LISTED_NOUNS) + ")[:：]?$|如下[:：]?$|[:：]$");

    /**
     * Sentences about the report itself or its outline (总体思路是…, 基本原则): they frame the promises, even
     * when they use 要 / 将. (A meeting's requirement 要以…为指导,深入… is a promise of the year's work.)
     */
    private static final Lexicon ABOUT_THE_REPORT = new Lexicon(List.of(WordList.group(Cues.class, "statement-cues.tsv", "about-the-report")));
    private static final Pattern ABOUT_THE_REPORT_FORMS = Pattern.compile(
            "^现将|如下[:：]?$|以下.{0,8}(?:工作|任务|方面|要求|意见)[:：]?$|我讲.{0,4}意见|强调.{0,4}要求");
    /** Statements that frame the year or weigh the work: 今年是…之年, …意义重大. */
    private static final Lexicon WEIGHING = new Lexicon(List.of(WordList.group(Cues.class, "statement-cues.tsv", "weighing")));
    private static final Pattern FRAMING_YEAR = Pattern.compile("是.{0,40}(?:之年|一年|关键期|开局|重要抓手|政治任务)");
    /**
     * A period characterised within one clause (四季度是…的冲刺阶段, “十四五”时期是…的第一个五年 / 重要机遇期): what the time is,
     * not what will be done in it. 一是/二是 open list items, not a characterisation.
     */
    private static final Pattern FRAMING_PERIOD = Pattern.compile("(?<![一二三四五六七八九十])是[^,，;；:：]{0,40}(?:时期|阶段|节点|窗口期|机遇期|攻坚期|个五年)");
    /**
     * A sentence that opens by saying what a period is (“十四五”时期是我国…之后,…的第一个五年; 2025年是…): however long it
     * runs, it characterises the time, it does not say what will be done in it.
     */
    private static final Pattern PERIOD_CHARACTERISED = Pattern.compile("^[^,，;；:：]{0,10}?(?:时期|阶段|年)”?是(?!否)");
    private static final Lexicon PROBLEM = new Lexicon(List.of(WordList.group(Cues.class, "statement-cues.tsv", "problem")));
    /** The address and the closing call of a speech: 同志们,新的一年…; 让我们…. */
    private static final Lexicon RHETORIC_OPENINGS = new Lexicon(List.of(WordList.group(Cues.class, "statement-cues.tsv", "rhetoric-openings")));

    private Cues() {
    }

    /** A heading or a title line: a short sentence with a list marker, or a short line of its own, and no comma. */
    static boolean isHeading(String s, boolean wholeLine) {
        if (s.length() > 30 || s.indexOf(',') >= 0 || s.indexOf('，') >= 0) return false;
        return wholeLine || HEADING_MARKER.matcher(s).find();
    }

    /**
     * The news of a meeting itself, not what it required: 3月5日,…会议召开; 会议总结了…,部署了…. (会议要求,
     * 会议强调 report requirements; a narrative that goes on to 强调要… is one.)
     */
    private static final Pattern MEETING_NARRATIVE = Pattern.compile(
            "(?:会议|工作会|大会|座谈会|推进会)(?:在[^,。]{1,10})?(?:召开|举行)|(?:召开|举行)[^,。]{0,40}(?:会议|工作会|大会|座谈会|推进会|总结会|部署会|调度会|动员会|分析会|培训会)"
                    + "|会议(?:全面|系统|认真|集中)?(?:总结|回顾|传达|学习|分析|通报|表彰|听取)");

    /** What a meeting required, inside whatever else the sentence tells: 强调要坚持…, 要求,2024年要…, 指出…要…, …,要求2024年加强…. */
    private static final Pattern REQUIREMENT = Pattern.compile("(?:强调|要求|指出|提出|明确)[,:，：]?[^。;；]{0,20}?要(?!求)"
            + "|(?:^|[,，])(?:会议|会上|并|同时)?要求[,:，：]?(?![的,，。;；])");

    private static final String[] REPORTING = WordList.group(Cues.class, "statement-cues.tsv", "reporting");
    /** 会议指出, / 市卫健委主任强调,: a reporting clause is short. */
    private static final int MAX_REPORTING_CLAUSE = 12;

    /** Where what is reported starts, after an opening clause that only says who states it (会议指出,), else 0. */
    static int afterReportingClause(String s) {
        int comma = Clauses.endOf(s, 0);
        if (comma >= s.length() || comma > MAX_REPORTING_CLAUSE) {
            return 0;
        }
        for (String verb : REPORTING) {
            if (s.startsWith(verb, comma - verb.length())) {
                return comma + 1;
            }
        }
        return 0;
    }

    static boolean statesARequirement(String s) {
        return REQUIREMENT.matcher(s).find();
    }

    static boolean isMeetingNarrative(String s) {
        return s.indexOf('会') >= 0 && MEETING_NARRATIVE.matcher(s).find() && !OrientationCues.hasModal(s);
    }

    /** The kind of marker a line opens with (一是, (一), 1., ①, 第一), or "" for none. */
    static String itemMarkerKind(String s) {
        return ItemMarkers.kind(s);
    }

    /** Whether a sentence opens with the marker of a list item. */
    static boolean isItem(String s) {
        return ItemMarkers.isItem(s);
    }

    /** Whether a sentence ends announcing a list (…以下几方面工作, …如下, …:). */
    static boolean announcesList(String s) {
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        if (last == ':' || last == '：' || s.endsWith("如下")) return true;
        for (String noun : LISTED_NOUNS) {
            if (s.endsWith(noun)) {
                return LIST_LEAD.matcher(s.length() <= LIST_LEAD_TAIL ? s : s.substring(s.length() - LIST_LEAD_TAIL)).find();
            }
        }
        return false;
    }

    /** The title of the notice a plan is sent out with: 关于印发…的通知. */
    private static boolean isNoticeTitle(String s) {
        // …实施方案》的通知: the end of a notice's title whose 关于印发《 a line break left in the sentence before
        return s.contains("关于印发") || (s.endsWith("的通知") && s.contains("关于")) || s.contains("》的通知");
    }

    /** The name of a year's work document standing as a line (2025年全省卫生健康工作要点): a title, no promise. */
    private static final Pattern WORK_DOCUMENT_NAME = Pattern.compile("^(?:19|20)\\d{2}年度?[^,，。;；]{0,16}工作(?:要点|计划|安排|总结)$");

    /**
     * A page's record fields (成文日期: 发布日期: 2024-01-04), an article's info line (发布时间: 2024-01-04 来源: …)
     * or a table's header row (序号 任务 牵头单位 …).
     */
    private static final Pattern RECORD_LINE = Pattern.compile(
            "(?:成文日期|发布日期|发文日期|生效日期|公开日期|生成日期|索引号|发文字号|文号|发布机构|所属机构|发布时间|信息来源|来源|标题|名称|分类|主题分类|公开方式)\\s*[:：]|序号\\s*\\S");

    /** A table's caption standing as a line (…责任清单进展情况汇总表(10-12月)): it names the table, it promises nothing. */
    private static final Pattern TABLE_CAPTION = Pattern.compile("^[^,，。;；:：]{4,40}(?:表|清单)(?:[(（][^)）]{1,12}[)）])?$");

    private static boolean isTableCaption(String s) {
        return (s.indexOf('表') >= 0 || s.contains("清单")) && TABLE_CAPTION.matcher(s).lookingAt();
    }

    /** A title shorter than this (规划, 工作要点) can be a sentence's own words. */
    private static final int MIN_TITLE_NAMED = 8;

    /**
     * The report's own title standing as a line, alone or after a label (信息首发:…): it names the report, it
     * promises nothing, and the year in it is the plan's, not a limit on the items that follow.
     */
    static boolean namesTheReport(String sentence, String title) {
        return title != null && title.length() >= MIN_TITLE_NAMED
                && (sentence.equals(title) || sentence.endsWith(":" + title) || sentence.endsWith("：" + title)
                || sentence.startsWith(title) && isBracketedNote(sentence.substring(title.length())));
    }

    /** (全文24143字), 【完整版】: what a site writes after a title it repeats, in brackets of its own. */
    private static boolean isBracketedNote(String rest) {
        return rest.length() >= 2 && "(（【[".indexOf(rest.charAt(0)) >= 0 && ")）】]".indexOf(rest.charAt(rest.length() - 1)) >= 0
                && rest.indexOf('。') < 0;
    }

    static boolean namesAWorkDocument(String s) {
        return s.indexOf('工') >= 0 && WORK_DOCUMENT_NAME.matcher(s).lookingAt();
    }

    /** A statement about the report (总体思路是…, 现将…印发), or one that frames the year (今年是…之年) or reports a problem, promising nothing. */
    static boolean isStatementOnly(String s) {
        if (isAboutTheReport(s) || (!s.isEmpty() && RHETORIC_OPENINGS.wordAt(s, 0) != null) || isMeetingNarrative(s)
                || namesAWorkDocument(s) || RECORD_LINE.matcher(s).lookingAt() || isTableCaption(s)) return true;
        if (OrientationCues.hasModal(s)) return false;
        return WEIGHING.foundIn(s) || (s.indexOf('是') >= 0 && (FRAMING_YEAR.matcher(s).find() || FRAMING_PERIOD.matcher(s).find()
                || PERIOD_CHARACTERISED.matcher(s).find())) || PROBLEM.foundIn(s);
    }

    private static boolean isAboutTheReport(String s) {
        if (ABOUT_THE_REPORT.foundIn(s) || isNoticeTitle(s)) return true;
        boolean anchored = s.startsWith("现将") || s.contains("如下") || s.contains("以下") || s.contains("我讲") || s.contains("强调");
        return anchored && ABOUT_THE_REPORT_FORMS.matcher(s).find();
    }
}
