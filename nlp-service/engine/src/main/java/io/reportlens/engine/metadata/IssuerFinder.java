package io.reportlens.engine.metadata;

import io.reportlens.engine.normalize.Chars;
import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body that issued or delivered a report, from where a document names its issuer, in this
 * order: a 发布机构 (发文机关) field; a health body an 作者 field names; the body a title opens with (X关于…); the notice line at the head (X关于印发…,
 * the bodies of a joint notice side by side); the signature (a body's name on its own line above the date); the
 * subject of 印发《…》 in a news item about a plan; the government holding the meeting a news item reports; else the
 * health administration the text names most, in its title and at its head and foot above all.
 *
 * <p>A body written without its place (区卫健局, 市卫生健康委, 卫计局) is given the report's place when
 * its level fits (市 for a city); a body of another place (a district's bureau speaking at a city's
 * meeting, a province's commission cited by a county) is not the issuer.
 */
final class IssuerFinder {

    private static final Lexicon HEALTH = WordList.lexicon(IssuerFinder.class, "health-bodies.txt");
    private static final Lexicon GOVERNMENT = WordList.lexicon(IssuerFinder.class, "government-bodies.txt");
    /**
     * 发布机构: X (发文机关, 发文机构, 发布机关, 发文单位, 发布单位 on other portals) on its own line; an empty field does not take the
     * next line's label (生效日期: …).
     */
    private static final Pattern FIELD = Pattern.compile("(?:发布机构|发文机关|发文机构|发布机关|发文单位|发布单位):[ \\t]*\\|?[ \\t]*([^|\\n:]{2,40}?)[ \\t]*(?:\\||\\n|$| 主题| 文号)");
    /** 作者: X beside a page's other fields (来源, 责任编辑): the article's author, the issuer when X is a health body. */
    private static final Pattern AUTHOR_FIELD = Pattern.compile("作者\\s?:\\s?([\\p{IsHan}]{2,20})(?=\\s|\\||$)");
    private static final Pattern PUBLISHER = Pattern.compile(
            "([\\u4e00-\\u9fa5、()]{2,60}?)(?:近日|日前|最近|今天|昨天)?(?:联合)?印发(?:了)?《");
    private static final Pattern HELD = Pattern.compile("召开|举行");
    private static final String NATIONAL_BODY = "(国家卫生健康委员会|国家卫生健康委|国家卫健委|国家卫生计生委|国家卫计委)";
    private static final Pattern NATIONAL_RELEASE = Pattern.compile(NATIONAL_BODY + "[^。,;\\n]{0,12}?(?:发布|召开|公布)");
    private static final Pattern NATIONAL_SOURCE = Pattern.compile(NATIONAL_BODY + "(?:消息|[:：])");
    private static final int HOST_MEETING_WITHIN = 30;
    private static final Set<String> PASSES_ON = Set.of("印发", "转发", "批转");
    private static final Pattern NAME_FIELD = Pattern.compile("^(?:标题|名称|信息名称|文件名称)(?::|\\s*\\|)\\s*");
    private static final Pattern HOST_LEAD = Pattern.compile("^(?:近日|日前|上午|下午|今天|昨天|今日|昨日)+");
    private static final Pattern PUBLISHER_LEAD = Pattern.compile("^.*?(?:近日|日前|最近|获悉,?)");
    private static final Pattern GENERIC_PREFIX = Pattern.compile("(?:自治区|自治州|省|市|县|区|州|旗)$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\(?\\d{4}年\\d{1,2}月\\d{1,2}日\\)?\\s*$");
    private static final int MAX_PREFIX = 16;
    private static final int MAX_SIGNATURE = 30;
    /** How many lines of a page's head may stand before the notice line that publishes a document. */
    private static final int NOTICE_LINES = 6;
    private static final int HEAD = 400;
    private static final int FOOT = 200;
    private static final int LEAD = 500;

    /** The government as the one who acts: 政府会持续…, 特区政府将…, 政府计划…. */
    private static final Pattern GOVERNMENT_ACTS = Pattern.compile("(?<![市县区省])政府(?:会|将|计划|已|亦|正|致力|继续|拟|建议)");

    /** How a national body's name starts: cited in a local report it is no issuer, heading its own notice it is. */
    private static final String NATIONAL = "国家";

    private final Gazetteer gazetteer;

    IssuerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A body named in the text: as written, the place its name carries (or null), and how it starts. */
    record Body(String written, Division place, String genericPrefix, String bare) {
    }

    /**
     * The issuer's name for a report of {@code region} (may be null), or null.
     *
     * @param meetingNews whether the text is news of a meeting, whose host its lead may name
     */
    String find(String text, String title, Division region, boolean meetingNews) {
        Matcher field = FIELD.matcher(text.substring(0, Math.min(text.length(), 3000)));
        if (field.find()) {
            return field.group(1).strip();
        }
        Matcher author = AUTHOR_FIELD.matcher(text.substring(0, Math.min(text.length(), 3000)));
        if (author.find() && HEALTH.foundIn(author.group(1))) {
            return author.group(1); // 作者: 四川卫计委 — a page that names a health body as the author of its article
        }
        if (title != null) {
            String opening = titleOpening(title);
            if (opening != null) {
                return opening;
            }
        }
        String notice = noticeOpening(text);
        if (notice != null) {
            if (notice.contains("、") || notice.startsWith(NATIONAL)) {
                return notice; // a joint notice's bodies; 国家卫生健康委关于印发…: a national body sends out its own plan
            }
            return named(body(notice, notice.length()), region); // 市人民政府办公室 of 六盘水市
        }
        String signature = signature(text);
        if (signature != null) {
            return named(body(signature, signature.length()), region);
        }
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        String publisher = publisher(lead);
        if (publisher != null) {
            return publisher(publisher, region);
        }
        String national = region == null ? nationalRelease(lead) : null;
        if (national != null) {
            return national;
        }
        String host = meetingNews ? governmentHost(lead) : null;
        if (host != null) {
            return named(body(host, host.length()), region); // 市政府召开全市卫生健康工作会议: the city's government holds it
        }
        String named = mostNamed(text, title, region);
        String found = named != null || title == null || text.contains(title) ? named : mostNamed(title, title, region);
        if (found == null && isSpecialRegion(region) && GOVERNMENT_ACTS.matcher(text).find()) {
            return region.name() + "政府"; // a policy address: 政府会…, 特区政府将… is the region's own government
        }
        return found;
    }

    /** Hong Kong and Macau (codes 81…, 82…), whose documents name their government only as 政府 / 特区政府. */
    private static boolean isSpecialRegion(Division region) {
        return region != null && (region.code().startsWith("81") || region.code().startsWith("82"));
    }

    /** X in X关于印发… / X关于推进…的实施意见, when X is a body. */
    private static String titleOpening(String title) {
        int about = title.indexOf("关于");
        if (about < 4) {
            return null;
        }
        String x = title.substring(0, about);
        return endsWithBody(x) ? x : null;
    }

    /**
     * X in a notice line at the head (X关于印发《…》的通知) whose published document gave the title: the body
     * that issues a plan by notice is its issuer.
     */
    private static String noticeOpening(String text) {
        int lines = 0;
        for (int start = 0; start < text.length() && lines < NOTICE_LINES; lines++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int about = text.indexOf("关于", start);
            if (about >= 0 && about < end && PASSES_ON.contains(text.substring(about + 2, Math.min(end, about + 4)))) {
                String x = NAME_FIELD.matcher(text.substring(start, about).strip()).replaceFirst(""); // 信息名称 | X关于…
                if (isBodyName(x)) {
                    return x;
                }
                // 重庆市卫生健康委员会 重庆市中医管理局关于印发…: a joint notice, its bodies side by side
                String[] joint = x.split("\\s+");
                if (joint.length > 1 && Arrays.stream(joint).allMatch(IssuerFinder::isBodyName)) {
                    return String.join("、", joint);
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean isBodyName(String x) {
        return x.length() >= 4 && x.length() <= MAX_SIGNATURE && x.chars().allMatch(c -> Chars.isHan((char) c)) && endsWithBody(x);
    }

    /** A line holding only a body's name, followed by the date line that signs the document. */
    private static String signature(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.length() <= MAX_SIGNATURE && endsWithBody(line) && line.chars().allMatch(c -> Chars.isHan((char) c))
                    && DATE_LINE.matcher(lines.get(i + 1)).matches()) {
                return line;
            }
        }
        return null;
    }

    /**
     * 国家卫健委发布《2023年…统计公报》, 国家卫生健康委31日召开新闻发布会, 国家卫健委:我国…: the national health body
     * whose release the news of no area reports, as the lead writes it; null when none does.
     */
    private static String nationalRelease(String lead) {
        if (!lead.contains(NATIONAL)) return null;
        Matcher m = NATIONAL_RELEASE.matcher(lead);
        if (m.find()) return m.group(1);
        Matcher cited = NATIONAL_SOURCE.matcher(lead);
        return cited.find() ? cited.group(1) : null; // 国家卫健委:…, 据国家卫健委消息: cited as the source
    }

    /** The subject of 印发《…》 in a news item's lead: 省政府办公厅, or 省发改委、省卫生健康委等. */
    private static String publisher(String lead) {
        if (!lead.contains("印发")) return null; // the pattern below opens on any Han character: spare the scan
        Matcher m = PUBLISHER.matcher(lead);
        if (!m.find()) {
            return null;
        }
        String subject = PUBLISHER_LEAD.matcher(m.group(1)).replaceFirst("");
        int clause = Math.max(subject.lastIndexOf(','), subject.lastIndexOf('。'));
        subject = subject.substring(clause + 1);
        int etc = subject.lastIndexOf('等');
        if (etc > 0) {
            subject = subject.substring(0, etc + 1);
        }
        return subject.length() >= 3 && (endsWithBody(subject) || subject.endsWith("等")) ? subject : null;
    }

    /**
     * The government that holds the meeting a lead reports (2月25日,市政府召开…会议; 县人民政府在…召开…), or null;
     * a health body holding it is left to {@link #mostNamed}, which knows its fullest name.
     */
    private static String governmentHost(String lead) {
        Matcher held = HELD.matcher(lead);
        if (!held.find()) {
            return null;
        }
        int start = held.start();
        while (start > 0 && Chars.isHan(lead.charAt(start - 1))) {
            start--;
        }
        if (lead.indexOf('会', held.end()) < 0 || lead.indexOf('会', held.end()) - held.end() > HOST_MEETING_WITHIN) {
            return null; // 召开…会议: what is held is a meeting
        }
        String subject = lead.substring(start, held.start());
        int at = subject.indexOf('在');
        subject = HOST_LEAD.matcher(at > 0 ? subject.substring(0, at) : subject).replaceFirst("");
        String word = lastBodyWord(subject, subject.length());
        boolean government = word != null && word.equals(GOVERNMENT.wordAt(subject, subject.length() - word.length()));
        return government && subject.length() <= MAX_SIGNATURE ? subject : null;
    }

    /** The publisher as the lead names it; 省政府办公厅 is given the report's place. */
    private String publisher(String subject, Division region) {
        if (subject.endsWith("等") || subject.contains("、")) {
            return subject;
        }
        Body body = body(subject, subject.length());
        boolean placed = body != null && (body.place() != null || body.genericPrefix() != null || body.written().equals(subject));
        return placed ? named(body, region) : subject;
    }

    /**
     * The health administration named most (its title and head and foot weighing most); the same
     * body named in several ways (河北省卫健委, 河北省卫生健康委员会) counts once, under its fullest name.
     */
    private String mostNamed(String text, String title, Division region) {
        Map<String, Integer> weights = new HashMap<>();
        Map<String, String> fullest = new HashMap<>();
        RegionResolver resolver = new RegionResolver(gazetteer, text); // one for the text: it keeps what it counted
        // 会上,沁阳市卫生健康委…作交流发言 in news addressing 各县(市、区): the counties' bodies take part, the host is above them
        boolean countiesTakePart = region == null && Scope.addressesCounties(text);
        for (int i = 0; i < text.length(); i++) {
            String word = HEALTH.wordAt(text, i);
            if (word == null) {
                continue;
            }
            Body body = body(text, i + word.length(), resolver);
            i += word.length() - 1;
            if (body == null || !fits(body, region) || countiesTakePart && body.place() != null && Scope.isCountyLevel(body.place())) {
                continue;
            }
            // 省卫生健康委 or a bare 卫健委 in a province's report is the same body as 广东省卫生健康委
            String identity = body.place() != null ? body.place().code()
                    : region != null ? region.code() : String.valueOf(body.genericPrefix());
            String name = named(body, region);
            fullest.merge(identity, name, (a, b) -> b.length() > a.length() ? b : a);
            int weight = title != null && title.contains(body.written()) ? 100
                    : i < HEAD || i > text.length() - FOOT ? 10 : 1;
            weights.merge(identity, weight, Integer::sum);
        }
        return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> fullest.get(e.getKey())).orElse(null);
    }

    /** The body whose name ends at {@code end}: its place or generic prefix, read back from there. */
    Body body(String text, int end) {
        return body(text, end, new RegionResolver(gazetteer, text));
    }

    private Body body(String text, int end, RegionResolver resolver) {
        String word = lastBodyWord(text, end);
        if (word == null) {
            return null;
        }
        int wordStart = end - word.length();
        int prefixStart = wordStart;
        while (prefixStart > 0 && wordStart - prefixStart < MAX_PREFIX && Chars.isHan(text.charAt(prefixStart - 1))) {
            prefixStart--;
        }
        String prefix = text.substring(prefixStart, wordStart);
        if (prefix.endsWith(NATIONAL) || prefix.endsWith("我") || prefix.endsWith("本")) {
            return null;
        }
        // 台中市政府卫生局: a bureau of the city's government, named with it (as Taiwan's cities name theirs)
        String government = prefix.endsWith("政府") ? "政府" : "";
        RegionResolver.Resolved place = resolver.resolveEnding(prefix.substring(0, prefix.length() - government.length()));
        if (place != null) {
            String written = prefix.substring(place.start()) + word;
            return new Body(written, place.division(), null, word);
        }
        Matcher generic = GENERIC_PREFIX.matcher(prefix);
        if (generic.find()) {
            return new Body(generic.group() + word, null, generic.group(), word);
        }
        return new Body(word, null, null, word);
    }

    /** Whether a body can be the issuer of a report of {@code region}. */
    private boolean fits(Body body, Division region) {
        if (region == null) {
            return true;
        }
        if (body.place() != null) {
            return body.place().code().equals(region.code());
        }
        return body.genericPrefix() == null || region.name().endsWith(body.genericPrefix());
    }

    /** The body's name as the issuer: with the report's place when written without one. */
    private String named(Body body, Division region) {
        if (body == null) {
            return null;
        }
        if (body.place() != null || region == null || !fits(body, region)) {
            return body.written();
        }
        return region.name() + body.bare();
    }

    private static String lastBodyWord(String text, int end) {
        String best = null;
        for (Lexicon lexicon : new Lexicon[]{HEALTH, GOVERNMENT}) {
            for (int start = Math.max(0, end - 12); start < end; start++) {
                String w = lexicon.wordAt(text, start);
                if (w != null && start + w.length() == end && (best == null || w.length() > best.length())) {
                    best = w;
                }
            }
        }
        return best;
    }

    private static boolean endsWithBody(String s) {
        return lastBodyWord(s, s.length()) != null;
    }
}
