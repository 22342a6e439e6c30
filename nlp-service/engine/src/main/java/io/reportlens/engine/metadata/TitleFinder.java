package io.reportlens.engine.metadata;

import io.reportlens.engine.sections.HeadingMarker;
import io.reportlens.engine.text.WordList;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's own title, looked for near the top of the text, in this order: a portal's 标题 or 名称
 * field (the report it publishes when it names a notice, none when the portal cut the notice's name
 * short); the report a notice publishes (关于印发《…》的通知, 现将《…》印发, 关于印发…的通知); the main title above
 * a subtitle such as ——在…会议上的讲话; a short line naming a kind of report (工作总结, 实施方案, 讲话…),
 * joined with the line that continues it; the line just above a speaker's byline; and last a title a
 * conversion ran into the first line of the text (某某工作总结 2023年,…); a yearbook entry's bracketed
 * name (【公共场所卫生监督】 2020年,…). The decorations reposting
 * sites add (【完整版】, (全文), 范文, .pdf) and a news site's column tag (【第一发布】) are cut.
 */
final class TitleFinder {

    private static final int HEAD_LINES = 30;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TITLE = 60;
    private static final int MAX_RUN_IN = 40;
    /** ——某市卫生健康委 / ——某局局长 张三 after a title: the byline of who delivered it. */
    private static final Pattern DASHED_BYLINE = Pattern.compile(
            "\\s?[—-]{2}\\s?[\\p{IsHan}、]{2,30}(?:人民政府|办公室|委员会|卫健委|卫生健康委|卫计委|卫生局|卫健局|卫生健康局|书记|主任|局长|厅长|院长)(?:\\s?[\\p{IsHan}]{2,4})?$");
    private static final Pattern FIELD = Pattern.compile("^(?:标题|名称|信息名称|文件名称)(?::|\\s*\\|)\\s*\\|?\\s*([^|]+?)\\s*(?:\\||$| 索引号| 文号)");
    private static final Pattern PASSES_ON = Pattern.compile("关于(?:印发|转发|批转)");
    /** 关于《X》(征求意见稿)公开征求意见的通知 / 公告: a draft put out for comment. */
    private static final Pattern DRAFT_FOR_COMMENT = Pattern.compile(
            "关于(?:对)?《([^》]{6,60})》(?:[(（]征求意见稿[)）])?(?:公开|向社会)?征求(?:意见|建议)(?:建议)?的(?:通知|公告)");
    /** 研究制定了《X》。…现印发给你们: the document a notice says it drew up is the one it sends. */
    private static final Pattern DRAWN_UP = Pattern.compile("(?:制定|制订|拟定|编制)了《([^》]{6,60})》[^《]{0,80}?(?:印发给你们|现印发)");
    private static final Pattern PUBLISHED = Pattern.compile("(?:关于印发|现将)《([^》]{6,60})》|印发《([^》]{6,60})》的通知|《([^》]{6,60})》(?:.{0,80}?(?:印发给你们|现印发)|(?:\\(以下简称[^)]{0,16}\\))?印发)|关于(?:印发|转发|批转)(?:[^《》。\\n]{2,16}?(?:制订|制定|拟定)的)?((?:[^《》。\\n]|《[^《》。\\n]{2,40}》){6,60}?)的通知");
    private static final Pattern RELEASED_BULLETIN = Pattern.compile(
            "(?:发布|公布|印发)了?《((?:19|20)\\d{2}年(?:度)?[^《》]{2,40}?统计公报)》");
    /** News of a plan names it where it tells of its issue: 联合印发了《…实施方案》, 出台《…》. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?:印发|出台|发布|制定|编制|下发)了?《([^》]{6,60})》"
            // 《深圳市…“十四五”规划》(以下简称“规划”)于2022年4月正式印发: the plan named before its issue
            + "|《([^》]{6,60})》(?:\\([^)]{0,16}\\))?(?:于[^,。]{0,12}?)?(?:正式)?(?:印发|出台|发布)");
    private static final int NEWS_LEAD = 600;
    static final Pattern REPORT_KIND = Pattern.compile(
            "总结|计划|要点|安排|打算|报告|讲话|致辞|贺词|回顾|规划|方案|意见|纲要|清单|自评表|汇报|思路|谋划");
    private static final Pattern RUN_IN_KIND = Pattern.compile("(?:总结|计划|要点|安排|打算|报告|讲话|致辞|贺词|规划|方案|意见|自评表|汇报)");
    /** 根据会议安排,… / 自国务院发布《…意见》后,…: a sentence opening on a preposition, whatever kind word its phrase ends in (自治区 is no 自). */
    private static final Pattern PREPOSITION_OPENING = Pattern.compile("(?:根据|按照|依据|遵照|依照|对照|围绕|结合|随着|为了|自从|自(?!治))");
    /** What continues a run-in title: 及/和/暨 another kind of report, or one written right after (总结明年工作安排). */
    private static final Pattern RUN_IN_MORE = Pattern.compile(
            "^(?:(?:及|和|暨)[^,。]{1,16}?|[^,。及和暨]{1,6}?)(?:总结|计划|要点|安排|打算|规划|方案|思路|谋划)");
    private static final Pattern BYLINE = Pattern.compile(".{2,30}(?:卫生健康委员会|卫生健康委|卫生健康局|卫健委|卫健局)[^。]{0,20}");
    private static final Pattern DATE_IN_PARENS = Pattern.compile("\\(\\d{4}年\\d{1,2}月\\d{1,2}日\\)");
    private static final Pattern DECLARED_SEPARATORS = Pattern.compile("\\s*(?:[_|]|--?|——|—| - )\\s*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern ARTICLE_INFO = Pattern.compile(
            "^(?:信息)?(?:来源|发布时间|发布日期|发文日期|作者|时间|日期)\\s*[:：].*?\\d{4}\\s*[-年/.]\\s*\\d{1,2}"
                    // 2024-04-19 08:51:56 字号:, 某某 2023-1-29 10:51, 16.09.2021 02:41: a posting's stamp with its time of day
                    + "|^(?:[\\p{IsHan}]{2,8}\\s+)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s+\\d{1,2}:\\d{2}");
    private static final String CONTINUATIONS = "及和与暨并(";
    private static final List<String> DECORATIONS = WordList.load(TitleFinder.class, "title-decorations.txt");

    private TitleFinder() {
    }

    private static final Pattern ENTRY = Pattern.compile("【(\\p{IsHan}[\\p{IsHan}、()]{3,29})】\\s*(?=\\S)");
    /** 梁振英发表2014年《施政报告》: a headline telling who delivered the report names it (2014年施政报告). */
    private static final Pattern DELIVERED = Pattern.compile(
            "^[^《》]{1,16}?(?:发表|公布|发布|作)((?:19|20)\\d{2}(?:年度|年)?)?《([^《》]{2,40})》$");
    /** X实施方案范文.pdfVIP: a document site's file name, with its member badge. */
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(?:pdf|docx?|wps|txt)(?:VIP)?$");
    /** 工作总结(十五篇), (通用5篇), (全文3147字): how many samples or characters a template site counts under the title. */
    private static final Pattern COLLECTION_COUNT = Pattern.compile(
            "[(（【](?:(?:通用|精选|优选|汇总|合集|共)?[0-9一二三四五六七八九十]{1,3}篇|全文\\d{1,6}字)[)）】]$|(?<=\\p{IsHan})\\s*\\d{3,5}字$|(?<=计划|总结|方案|要点|安排|打算|讲话|报告)[一二三四五六七八九十]篇$");
    private static final Pattern SPACE_BEFORE_BRACKET = Pattern.compile("(?<=\\p{IsHan})\\s+(?=[(（])");
    /** 食物及卫生篇(14/10/2018): the date a Hong Kong or Macau page puts after its piece's title. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("\\s*[(（]\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}[)）]$");
    /** 第1篇 2023年…工作总结 1350字, VIP 某县…意见: a template site's number for one of its samples or its member badge, and its length. */
    private static final Pattern SAMPLE_NUMBER = Pattern.compile("^(?:第\\d{1,2}篇|VIP)\\s*(?=\\S)");
    /** 【第一发布】, 【特讯】, [香港]: a news site's column tag before its headline. */
    private static final Pattern COLUMN_TAG = Pattern.compile("^(?:【[^】]{1,8}】|\\[[^\\]]{1,8}\\])\\s*(?=\\S{" + MIN_TITLE + "})");

    /** A sharing site's file number run into the title's front: 编号:682553579区卫计局…. */
    private static final Pattern FILE_NUMBER = Pattern.compile("^(?:文档)?编号[:：]\\s*[0-9A-Za-z_-]+\\s*");
    /** A document-sharing page's card: 《X.docx》由会员分享, the document's own file name. */
    private static final Pattern SHARED_FILE = Pattern.compile("《([^《》\\n]{6,60}?)(?:\\.(?:docx?|pdf|wps|txt))?》由(?:会员|用户)");

    /** The title a document-sharing page gives the document it shows (《X.docx》由会员分享…), or null. */
    static String sharedDocument(String text) {
        Matcher m = SHARED_FILE.matcher(text.substring(0, Math.min(text.length(), NEWS_LEAD * 3)));
        return m.find() && REPORT_KIND.matcher(m.group(1)).find() ? undecorated(COPY_NUMBER.matcher(m.group(1).strip()).replaceFirst("")) : null;
    }

    /** 发展规划(5).docx: the number a file's copy takes beside the original's name. */
    private static final Pattern COPY_NUMBER = Pattern.compile("[(（]\\d{1,2}[)）]$");

    /** The title of the plan a news item announces, from its lead, or null. */
    static String announcedPlan(String text) {
        Matcher m = ANNOUNCED.matcher(text.substring(0, Math.min(text.length(), NEWS_LEAD)));
        while (m.find()) {
            String named = m.group(1) != null ? m.group(1) : m.group(2);
            if (REPORT_KIND.matcher(named).find()) {
                return named.strip();
            }
        }
        return null;
    }

    /** 国家卫健委发布《2022年我国卫生健康事业发展统计公报》 in a news item's lead: the year's bulletin the news reports. */
    static String releasedBulletin(String text) {
        Matcher m = RELEASED_BULLETIN.matcher(text.substring(0, Math.min(text.length(), NEWS_LEAD)));
        return m.find() ? m.group(1) : null;
    }

    static String find(String text) {
        List<String> lines = text.lines().limit(HEAD_LINES).map(String::strip).toList();
        String title = fromField(lines);
        if (title == null) {
            title = publishedReport(lines);
        }
        if (title == null) {
            title = fromLines(lines);
        }
        if (title == null) {
            title = repeatedHeadline(lines);
        }
        if (title == null) {
            title = headlineOverTheLead(lines);
        }
        if (title == null && !lines.isEmpty()) {
            title = runIn(lines.get(0));
        }
        if (title == null && !lines.isEmpty()) {
            title = entryTitle(lines.get(0));
        }
        return title == null ? null : undecorated(title);
    }

    private static String fromField(List<String> lines) {
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (m.find() && m.group(1).length() >= MIN_TITLE && m.group(1).length() <= MAX_TITLE) {
                // 名称: (阳春市人民政府)关于印发《…规划》的通知 names the notice; the title is the plan it publishes (or passes on: 批转, 转发)
                return PASSES_ON.matcher(m.group(1)).find() ? publishedReport(List.of(m.group(1))) : m.group(1);
            }
        }
        return null;
    }

    /** X in 关于印发《X》的通知, 现将《X》印发给你们, 制定了《X》…现印发给你们, 《X》…现印发给你们 or 关于印发X的通知; 《X》 may run over a line break. */
    private static String publishedReport(List<String> lines) {
        String head = String.join("", lines);
        if (!head.contains("印发") && !head.contains("现将") && !head.contains("转发") && !head.contains("批转") && !head.contains("征求")) return null; // what every form below holds
        Matcher draft = DRAFT_FOR_COMMENT.matcher(head);
        if (draft.find()) {
            return draft.group(1); // 关于《X》征求意见的通知: the notice asks for comments on X, the document it carries
        }
        Matcher drawnUp = DRAWN_UP.matcher(head);
        if (drawnUp.find()) {
            return drawnUp.group(1); // 依据《A》…研究制定了《B》。…现印发给你们: B is what is sent, A what it follows
        }
        Matcher m = PUBLISHED.matcher(head);
        while (m.find()) {
            // 关于印发…的通知 inside 《…》 is a document the report cites, not one it publishes
            if (m.group(4) != null && head.lastIndexOf('《', m.start()) > head.lastIndexOf('》', m.start())) {
                continue;
            }
            // 印发《A》、《B》: a review's list of the documents issued, not one document published
            if (m.group(1) != null && (head.startsWith("、《", m.end()) || head.startsWith(",《", m.end()))) {
                continue;
            }
            for (int g = 1; g <= 4; g++) {
                if (m.group(g) != null) return m.group(g);
            }
        }
        return null;
    }

    private static String fromLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutSpeaker(lines.get(i));
            if (i > 0 && line.startsWith("—") && REPORT_KIND.matcher(line).find() && isTitleShaped(lines.get(i - 1))) {
                return lines.get(i - 1);
            }
            if (isTitleShaped(line) && REPORT_KIND.matcher(line).find()) {
                if (line.startsWith("关于")) {
                    return issuedTitle(lines, i);
                }
                return moreSpecific(withContinuation(lines, i), lines, i);
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            // 区卫健局:互学互鉴,共谋…: a headline may name its body before a colon
            if (isTitleShaped(withoutSpeaker(lines.get(i))) && (isByline(lines, i + 1) || isArticleInfo(nextNonBlank(lines, i + 1)))) {
                return lines.get(i);
            }
        }
        return null;
    }

    /**
     * A title 关于X的意见 at line {@code i}: with the issuer on the line above it, here or where the page
     * prints it again under its document number (汴禹政〔2020〕13号 / 某区人民政府 / 关于…); alone when it is no
     * notice of another document (关于印发…的通知 names the document it sends, found elsewhere); else null.
     */
    private static String issuedTitle(List<String> lines, int i) {
        String line = withoutSpeaker(lines.get(i));
        for (int j = i; j < lines.size(); j++) {
            if (j > 0 && withoutSpeaker(lines.get(j)).equals(line) && isIssuerLine(lines.get(j - 1))) {
                return lines.get(j - 1) + line;
            }
        }
        boolean notice = line.contains("印发") || line.contains("转发") || line.endsWith("通知");
        return notice ? null : line;
    }

    /**
     * The headline a page prints more than once at its head (as its title, its heading, 信息首发:…): the
     * first title-shaped line that appears again, alone or after a label.
     */
    private static String repeatedHeadline(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isTitleShaped(line)) continue;
            for (int j = i + 1; j < lines.size(); j++) {
                String later = lines.get(j);
                if (later.equals(line) || later.endsWith(":" + line) || later.endsWith("：" + line)) return line;
            }
        }
        return null;
    }

    /** A page's field before its colon (来源:, 作者:, 责任编辑:): no headline's body. */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?:信息)?(?:来源|作者|编辑|责任编辑|发布|时间|日期|浏览)\\s*[:：]");

    /**
     * The headline a page prints right over its first paragraph, once the normalizer has taken the stamp and the
     * buttons between them away (某县召开2024年卫生健康工作会议 / 日前,某县召开…。): the title-shaped line before the
     * first line that holds a sentence.
     */
    private static String headlineOverTheLead(List<String> lines) {
        String before = null;
        for (String line : lines) {
            if (line.isEmpty()) continue;
            if (line.indexOf('。') >= 0) {
                return before != null && isTitleShaped(withoutSpeaker(before)) && !FIELD_LABEL.matcher(before).lookingAt() ? before : null;
            }
            before = line;
        }
        return null;
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) return lines.get(j);
        }
        return "";
    }

    /** The line under an article's headline on a portal: 信息来源:县卫健局 作者:某某 发布时间:2021-09-06. */
    private static boolean isArticleInfo(String line) {
        return ARTICLE_INFO.matcher(line).find();
    }

    /** 陈朗:在全市卫生计生工作会上的讲话, 某某网:某某规划: a speaker's or a site's name before the title. */
    private static String withoutSpeaker(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= 6 && line.length() - colon - 1 >= MIN_TITLE ? line.substring(colon + 1).strip() : line;
    }

    /** A title a line break cut in two: 2022年上半年工作总结及下半年 / 重点工作安排, or 某某行动计划 / (2024-2027年)主要目标. */
    private static String withContinuation(List<String> lines, int i) {
        String line = lines.get(i);
        if (i + 1 >= lines.size() || lines.get(i + 1).isEmpty()) {
            return line;
        }
        String next = lines.get(i + 1);
        boolean continues = next.length() <= MAX_TITLE && next.indexOf('。') < 0 && next.indexOf(':') < 0
                && (CONTINUATIONS.indexOf(next.charAt(0)) >= 0 && (next.charAt(0) != '(' || next.matches(".*\\d.*"))
                || line.matches(".*(?:及|和|与|暨)[^及和与暨]{0,6}$") && REPORT_KIND.matcher(next).find());
        return continues ? line + next : line;
    }

    /**
     * A later title line that repeats this one with its years is the fuller title: 某县卫健委2021年上半年工作总结 under a
     * sharing site's 某县卫健委上半年工作总结, 县卫健委2021年工作总结和2022年工作计划 under its 2022年县卫健委年工作总结和工作计划
     * (the site's own year put in front, the document's years dropped).
     */
    private static String moreSpecific(String title, List<String> lines, int from) {
        String core = undecorated(title);
        String next = nextNonBlank(lines, from + 1);
        String nextCore = undecorated(next);
        String line = undecorated(lines.get(from)); // the title's own line: a title wrapped onto the next line ends with it
        if (!nextCore.equals(line) && line.endsWith(nextCore) && isTitleShaped(next)) {
            return next; // 县-2018年某县卫生健康局工作总结 over 2018年某县卫生健康局工作总结: the site's category is cut
        }
        int years = count(YEAR.matcher(core));
        String yearless = withoutYears(core);
        for (int j = from + 1; j < lines.size(); j++) {
            String later = lines.get(j);
            if (!isTitleShaped(later) || !YEAR.matcher(later).find()) {
                continue;
            }
            if (years == 0 ? YEAR.matcher(later).replaceAll("").contains(core)
                    : count(YEAR.matcher(later)) > years && withoutYears(later).equals(yearless)) {
                return later;
            }
        }
        return title;
    }

    private static String withoutYears(String title) {
        return YEAR.matcher(title).replaceAll("").replace("年", "");
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** 【公共场所卫生监督】 2020年,…: a yearbook's entry opens with its title in square brackets, its text after it. */
    private static String entryTitle(String firstLine) {
        Matcher m = ENTRY.matcher(firstLine);
        return m.lookingAt() && firstLine.indexOf('。', m.end()) > 0 ? m.group(1) : null;
    }

    /** The title a conversion ran into the text: the shortest opening that ends by naming a kind of report. */
    private static String runIn(String firstLine) {
        Matcher kind = RUN_IN_KIND.matcher(firstLine);
        if (!kind.find() || kind.end() > MAX_RUN_IN || kind.end() < MIN_TITLE || firstLine.length() <= kind.end()) {
            return null;
        }
        String opening = firstLine.substring(0, kind.end());
        if (opening.indexOf(',') >= 0 || opening.indexOf('。') >= 0 || HeadingMarker.level(opening) > 0
                || PREPOSITION_OPENING.matcher(opening).lookingAt()) {
            return null;
        }
        Matcher more = RUN_IN_MORE.matcher(firstLine.substring(kind.end()));
        return more.find() ? opening + more.group() : opening;
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

    /** The title without what sites add to it (范文, (全文), 【第一发布】). */
    static String undecorated(String title) {
        String t = COLUMN_TAG.matcher(FILE_NUMBER.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        Matcher delivered = DELIVERED.matcher(t);
        if (delivered.matches()) {
            t = (delivered.group(1) == null ? "" : delivered.group(1)) + delivered.group(2);
        }
        t = DAY_FIRST_DATE.matcher(FILE_SUFFIX.matcher(t).replaceFirst("")).replaceFirst("");
        t = SPACE_BEFORE_BRACKET.matcher(t).replaceAll(""); // …工作规划 (2017-2020年): a conversion's space, not the title's
        t = COLLECTION_COUNT.matcher(SAMPLE_NUMBER.matcher(t).replaceFirst("")).replaceFirst("");
        Matcher byline = DASHED_BYLINE.matcher(t);
        if (byline.find() && byline.start() >= MIN_TITLE) {
            t = t.substring(0, byline.start()); // 2019年新年致辞——某市卫生健康委: who delivered it is no part of the title
        }
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String d : DECORATIONS) {
                if (t.endsWith(d) && t.length() > d.length() + MIN_TITLE) {
                    t = t.substring(0, t.length() - d.length()).strip();
                    cut = true;
                }
            }
        }
        return t;
    }

    private static boolean isIssuerLine(String line) {
        return isTitleShaped(line) && line.matches(".*(?:人民政府|办公室|办公厅|委员会|卫健委|卫生健康委|卫生健康局)$");
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
                && HeadingMarker.level(line) == 0 && !SITE_NAME.matcher(line).find() && !SITE_LIST.matcher(line).find()
                && !isCategoryTrail(line);
    }

    /** 文库 实用文档 报告/总结: a site's trail of short category names, no title, though it names a kind of report. */
    private static boolean isCategoryTrail(String line) {
        String[] parts = line.split("[\\s/>»]+");
        if (parts.length < MIN_TRAIL_PARTS) return false;
        for (String part : parts) if (part.length() > MAX_TRAIL_PART) return false;
        return true;
    }

    /** 医疗卫生规划推荐, 工作总结热门: the heading of a site's list of its other documents in a category. */
    private static final Pattern SITE_LIST = Pattern.compile("^[\\p{IsHan}]{2,12}(?:更新|推荐|热门|排行|排行榜)$");
    private static final int MIN_TRAIL_PARTS = 3;
    private static final int MAX_TRAIL_PART = 4;
    /** Whether a line is a site's name or masthead, not a report's or a news item's title. */
    static boolean isSiteName(String line) {
        return SITE_NAME.matcher(line.strip()).find();
    }

    /**
     * A site's own name standing over its article (香港政府新闻网, 某某日报客户端): the page's chrome, no title; or a
     * masthead that joins a site to its part (某某遗产网·某某数字博物馆).
     */
    private static final Pattern SITE_NAME = Pattern.compile(
            "^[\\p{IsHan}]{2,12}(?:新闻网|政府网|政务网|门户网站?|网站|客户端|日报|晚报)(?:\\s+无障碍(?:浏览|阅读)?)?$|^[\\p{IsHan}]{2,14}网[·・][\\p{IsHan}]{2,16}$");
}
