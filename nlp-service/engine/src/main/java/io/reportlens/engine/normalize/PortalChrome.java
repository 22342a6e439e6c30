package io.reportlens.engine.normalize;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture of a portal or reposting site around the report: breadcrumbs, language and font
 * switches, print/share/favourite buttons, QR-code captions, view counters, reading-time banners,
 * and the sentences template sites wrap a report in (小编为大家整理的…,供大家参考). The word lists are
 * {@code chrome-phrases.txt}, {@code chrome-buttons.txt} and {@code site-sentences.txt}.
 */
final class PortalChrome {

    private static final Lexicon PHRASES = WordList.lexicon(PortalChrome.class, "chrome-phrases.txt");
    private static final Set<String> BUTTONS = Set.copyOf(WordList.load(PortalChrome.class, "chrome-buttons.txt"));
    private static final Lexicon SITE_SENTENCES = WordList.lexicon(PortalChrome.class, "site-sentences.txt");

    /** Labels of a portal's record fields, whose values the metadata needs: such lines stay. */
    private static final List<String> RECORD_LABELS = List.of(
            "来源:", "发布时间:", "发布日期:", "发文日期:", "成文日期:", "发布机构:", "索引号:", "文号:", "标题:", "信息来源:",
            "生成日期:");
    /** A bare 时间: or 日期: field counts only with a date after it (a banner's 时间: may be empty). */
    private static final Pattern DATED_TIME_FIELD = Pattern.compile("(?:^|[ •·|])(?:时间|日期):\\s?\\d{4}[-/.年]");

    private static final Pattern COUNTERS =
            Pattern.compile("(?:阅读次数|浏览次数|访问次数|点击次数|点击数|访问量|浏览数|字号|字体大小|【字体)[:]?[ 0-9\\-大中小】\\[\\]]*"
                    // 阅读 : 61 次, 阅读: 1.49W 次, 浏览:1203, 阅读人数:1 — a record line's counter however spaced
                    + "|(?:阅读|浏览|点击|访问)(?:量|人数|数)?\\s?[:]\\s?\\d[\\d.]*[Ww万]?\\s?次?");
    /** 第 1 页 共 16 页, a page counter a document converter leaves inside the text. */
    private static final Pattern PAGE_COUNTER = Pattern.compile("第\\s?\\d{1,4}\\s?页\\s?[,/]?\\s?共\\s?\\d{1,4}\\s?页");
    private static final Lexicon INLINE_DEBRIS = WordList.lexicon(PortalChrome.class, "inline-debris.txt");

    private static final Pattern FILE_CARD = Pattern.compile("[0-9.]+ ?(?:KB|MB|kb|mb|页)|\\d+\\+");

    /** 某某工作总结(四页).docx_第1页: a document-sharing site's file and page names. */
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:docx?|pdf|xlsx?|pptx?|txt|wps)(?:_第\\d+页)?$");
    /** 中央人民政府四川省人民政府资阳市人民政府: a portal's links to the governments above it, run together. */
    private static final Pattern PORTAL_LINKS = Pattern.compile("(?:\\p{IsHan}{1,12}?(?:人民政府|政府网))+");
    private static final Pattern MENU_ITEM = Pattern.compile("\\p{IsHan}{2,8}");
    private static final int MIN_MENU_ITEMS = 4;
    private static final Pattern SITE_NAMES_THE_REPORT = Pattern.compile(
            "整理(?:了|的)?(?:这篇|本篇)[《“]?([\\p{IsHan}\\d][\\p{IsHan}\\d、()]{5,40}?)[》”]?(?:范文|范例|例文)");
    private static final int MAX_CHROME_LINE = 80;
    private static final int MAX_SITE_SENTENCE = 160;
    private static final int MAX_RECORD_LINE = 200;

    private PortalChrome() {
    }

    static boolean isRecordLine(String line) {
        if (line.length() > MAX_RECORD_LINE || line.indexOf(':') < 0) {
            return false;
        }
        if (DATED_TIME_FIELD.matcher(line).find()) {
            return true;
        }
        for (String label : RECORD_LABELS) {
            int at = line.indexOf(label);
            // a field follows a separator, or the time of the field before once spaces are tidied (09:51来源:)
            if (at == 0 || at > 0 && (" •·|".indexOf(line.charAt(at - 1)) >= 0 || Character.isDigit(line.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Strips counters and font switches from a record line, keeping its fields. */
    static String stripCounters(String recordLine) {
        return COUNTERS.matcher(recordLine).replaceAll("").strip();
    }

    /** Removes what converters and template sites splice into the text itself (page counters, 下载后可任意编辑). */
    static String removeInline(String line) {
        String out = line;
        if (out.indexOf('页') >= 0) {
            out = PAGE_COUNTER.matcher(out).replaceAll("");
        }
        for (Lexicon.Hit hit = INLINE_DEBRIS.first(out, 0, out.length()); hit != null; hit = INLINE_DEBRIS.first(out, hit.start(), out.length())) {
            out = out.substring(0, hit.start()) + out.substring(hit.end());
        }
        return out;
    }

    /**
     * 小编为你整理了这篇2021年卫健委工作总结和2022年工作计划范文: the template site's sentence names the report it
     * wraps (这篇: this one, not a kind of report the site files it under); that name is the report's title, the rest
     * of the sentence is furniture. Null when it names none.
     */
    static String titleNamedBySite(String line) {
        if (line.length() > MAX_SITE_SENTENCE || !line.contains("整理")) {
            return null;
        }
        Matcher m = SITE_NAMES_THE_REPORT.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    static boolean isChromeLine(String line) {
        if (line.length() <= MAX_SITE_SENTENCE && SITE_SENTENCES.foundIn(line)) {
            return true;
        }
        if (line.length() > MAX_CHROME_LINE || line.indexOf('。') >= 0) {
            return false;
        }
        return PHRASES.foundIn(line) || isButtonBar(line) || isFileCard(line) || isBreadcrumb(line) || isMenu(line)
                || FILE_NAME.matcher(line).find();
    }

    /** 首页 走进安岳 政务公开 政务服务 互动交流: a site's menu, short names in a row that begin with its home page. */
    private static boolean isMenu(String line) {
        if (!line.startsWith("首页")) {
            return false;
        }
        String[] tokens = line.split("\\s+");
        if (tokens.length < MIN_MENU_ITEMS || !tokens[0].equals("首页")) {
            return false;
        }
        for (String token : tokens) {
            if (!MENU_ITEM.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    /** 首页 > 教育范文 > 工作总结 > …: a site's breadcrumb trail. */
    private static boolean isBreadcrumb(String line) {
        int separators = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '›' || c == '»') {
                separators++;
            }
        }
        return separators >= 2;
    }

    private static boolean isButtonBar(String line) {
        boolean any = false;
        for (String token : line.split("[ ·•|/:,、\\-\\[\\]【】>]+")) {
            if (token.isEmpty() || PORTAL_LINKS.matcher(token).matches()) {
                continue;
            }
            if (!BUTTONS.contains(token)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A document-sharing site's file card: 15.34KB, 7 页, 999+. */
    private static boolean isFileCard(String line) {
        return line.length() <= 12 && FILE_CARD.matcher(line).matches();
    }
}
