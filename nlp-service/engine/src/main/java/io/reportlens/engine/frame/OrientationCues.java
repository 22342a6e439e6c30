package io.reportlens.engine.frame;

import io.reportlens.engine.sections.FiveYearPlans;
import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words by which a stretch of text says whether it looks back or forward, weighed
 * ({@code orientation-cues.tsv}): 已, 截至, 去年, 同比, V了 look back; 将, 会, 要, 确保, 力争, 年底前, 下一步
 * look forward; a year before the one the report speaks from looks back, a later one (到2025年) forward.
 * Words listed as neutral (按计划, 计划生育) hold a cue word without meaning it.
 * Years inside titles and quotes (《“十四五”规划》) are not the text's own time.
 */
public final class OrientationCues {

    private static final Map<String, Integer> WEIGHTS = new HashMap<>();
    private static final Lexicon WORDS;
    /** Words that hold a cue without meaning it (weight 0). */
    private static final List<String> NEUTRAL;
    private static final Lexicon MODAL_JIANG_FOLLOWERS = WordList.lexicon(OrientationCues.class, "modal-jiang.txt");
    private static final String NOT_MODAL_BEFORE_YAO = "主重需纪提概只必摘想首纲次简扼紧";
    private static final String NOT_MODAL_AFTER_YAO = "求点素害闻务件";
    private static final String NOT_MODAL_BEFORE_HUI = "作大谈进训度员协学社动例议部理事商宴晚开联年总委";
    private static final String NOT_ASPECT_BEFORE_LE = "为除罢得不";
    private static final String NOT_ASPECT_AFTER_LE = "解如然结";
    private static final Set<String> WITHIN_YEAR = Set.of("年内", "年底前", "年底", "到年底");
    private static final Set<String> RESOLVE = Set.of("确保", "坚决", "必须", "务必");
    private static final int MODAL = 2;
    private static final String PURPOSE = "确保";
    private static final int MAX_QUALIFIER = 6;
    private static final int ASPECT = 2;
    private static final int YEAR = 2;
    private static final int EVENT_DAY = 2;
    /** What follows a five-year plan's name when the text speaks of its time (“十四五”期间, 十三五时期, 十四五末). */
    private static final Lexicon FIVE_YEAR_SPANS = new Lexicon(List.of("期间", "时期", "期末", "末", "结束前", "收官"));
    private static final String DAY_DIGITS = "0123456789一二三四五六七八九十〇零";
    /** After a day: it bounds a time (6月30日前, 3月1日起), it is no event of the past. */
    private static final String BOUND_AFTER_DAY = "前起止后之以至到";
    /** Before a day: it is a time to come or a bound (将于, 定于, 到, 截至 has its own cue). */
    private static final String BOUND_BEFORE_DAY = "于到至从自在";

    static {
        for (String[] row : WordList.loadTable(OrientationCues.class, "orientation-cues.tsv")) {
            int weight = Integer.parseInt(row[2].strip());
            WEIGHTS.put(row[0], "back".equals(row[1].strip()) ? -weight : weight);
        }
        WORDS = new Lexicon(WEIGHTS.keySet());
        NEUTRAL = WEIGHTS.entrySet().stream().filter(w -> w.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    private OrientationCues() {
    }

    /** The text without the words that hold a cue without meaning it (向上争取资金 obtains, it does not aim). */
    public static String withoutNeutralWords(String s) {
        String out = s;
        for (String word : NEUTRAL) {
            if (out.contains(word)) {
                out = out.replace(word, "");
            }
        }
        return out;
    }

    /**
     * The weight the words of a span within the current year (年内, 年底前) give text[from, to): in a review they say
     * when something happened (年内,两镇被评为…), in a plan when it is due.
     */
    public static int withinYearWeight(String text, int from, int to) {
        return weightOf(WITHIN_YEAR, text, from, to);
    }

    /**
     * The weight the words of resolve (确保, 坚决, 必须, 务必) give text[from, to): a review tells with them how firmly the
     * work was done (确保…件件有着落、坚决做到…), a plan what must be done.
     */
    public static int resolveWeight(String text, int from, int to) {
        return weightOf(RESOLVE, text, from, to);
    }

    /** The weight the cue words of {@code words} give text[from, to). */
    private static int weightOf(Set<String> words, String text, int from, int to) {
        int weight = 0;
        for (Lexicon.Hit hit : WORDS.all(text.substring(from, to))) {
            if (words.contains(hit.word())) {
                weight += WEIGHTS.get(hit.word());
            }
        }
        return weight;
    }

    /** The weighed cues of text[from, to): above 0 forward, below 0 back. */
    public static int score(String text, int from, int to, Integer now) {
        int score = 0;
        int quoteDepth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int plan = quoteDepth == 0 && now != null ? fiveYearPlanAt(text, i, to) : -1;
            if (plan >= 0) {
                // “十四五”期间: the time of a five-year plan, quoted or not, weighed by where it stands from now
                int after = skipQuote(text, plan + 3, to);
                String span = FIVE_YEAR_SPANS.wordAt(text, after);
                score += fiveYearCue(text.charAt(plan + 1), span, now);
                i = after + span.length() - 1;
                continue;
            }
            if (c == '《' || c == '“') {
                quoteDepth++;
                continue;
            }
            if ((c == '》' || c == '”') && quoteDepth > 0) {
                quoteDepth--;
                continue;
            }
            if (quoteDepth > 0) {
                continue;
            }
            String word = WORDS.wordAt(text, i);
            if (word != null && i + word.length() <= to) {
                int weight = WEIGHTS.get(word);
                // 巩固已经取得的成绩: a past that qualifies a noun, not what the sentence says
                if (weight < 0 && qualifiesANoun(text, i + word.length(), to) || weight > 0 && isNominalized(text, i, from)) {
                    weight = 0;
                } else if (word.equals(PURPOSE) && i > from && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '，')) {
                    // 完成登记56例,确保一个不漏: a purpose clause tells how the work is done, not when; it leaves the
                    // sentence to its paragraph unless something else says forward
                    weight = 1;
                }
                score += weight;
                i += word.length() - 1;
                continue;
            }
            if (c == '要' && isModalYao(text, i) || c == '将' && isModalJiang(text, i) || c == '会' && isModalHui(text, i)) {
                score += MODAL;
            } else if (c == '了' && isAspect(text, i) && !qualifiesANoun(text, i + 1, to)) {
                score -= ASPECT;
            } else if (c == '年' && now != null) {
                score += yearCue(text, i, from, now);
            } else if (c == '年' && isLimitYear(text, i, from)) {
                score += YEAR; // 到2030年 with no year to weigh it by: a time limit ahead, what a plan sets
            } else if (c == '日' && isEventDay(text, i, from)) {
                score -= EVENT_DAY;
            }
        }
        return score;
    }

    /** Whether {@code s} holds a modal 要 / 将 or a word of duty (确保, 力争…): it says what is to be done. */
    public static boolean hasModal(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '要' && isModalYao(s, i) || s.charAt(i) == '将' && isModalJiang(s, i) || s.charAt(i) == '会' && isModalHui(s, i)) {
                return true;
            }
            String word = WORDS.wordAt(s, i);
            if (word != null && WEIGHTS.get(word) >= 2 && !isTemporal(word) && !isNominalized(s, i, 0)) {
                return true;
            }
        }
        return false;
    }

    /** 群众的期望, 年初的计划: a word of intent after 的 names the intent, it states none. */
    private static boolean isNominalized(String s, int i, int from) {
        return i > from && s.charAt(i - 1) == '的';
    }

    private static boolean isTemporal(String word) {
        return word.contains("年") || word.equals("下一步") || word.equals("今后");
    }

    private static boolean isModalYao(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return NOT_MODAL_BEFORE_YAO.indexOf(before) < 0 && NOT_MODAL_AFTER_YAO.indexOf(after) < 0;
    }

    /**
     * 将 or 会 as "will": followed by a time or manner adverb or a verb of a plan ({@code modal-jiang.txt}), not by an
     * object, nor by a verb with its result that qualifies one (将争取到的物资发放…).
     */
    private static boolean isModalJiang(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        if (before == '即' || before == '并' || before == '必' || i + 1 >= s.length()) {
            return false;
        }
        String follower = MODAL_JIANG_FOLLOWERS.wordAt(s, i + 1);
        // 将争取到的慰问物资: 将 takes as its object what was secured (到 tells the result), it promises nothing
        return follower != null && !s.startsWith("到的", i + 1 + follower.length());
    }

    /** 会 as "will" (政府会持续…), not the end of a meeting's or a body's name (工作会召开, 委员会, 协会, 社会). */
    private static boolean isModalHui(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        return NOT_MODAL_BEFORE_HUI.indexOf(before) < 0 && isModalJiang(s, i);
    }

    /** Whether a 的 follows within a few characters of the same clause: the words before qualify a noun. */
    private static boolean qualifiesANoun(String s, int from, int to) {
        for (int k = from; k < Math.min(to, from + MAX_QUALIFIER); k++) {
            char c = s.charAt(k);
            if (c == '的') return true;
            if (c == ',' || c == '，' || c == '。' || c == ';' || c == '；') return false;
        }
        return false;
    }

    /** 完成了, 取得了: 了 after a verb marks what is done; 为了, 除了, 了解 are other words. */
    private static boolean isAspect(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return i > 0 && Character.isIdeographic(before) && NOT_ASPECT_BEFORE_LE.indexOf(before) < 0
                && NOT_ASPECT_AFTER_LE.indexOf(after) < 0;
    }

    /**
     * The time of a five-year plan ({@link FiveYearPlans}): one over before now looks back
     * (“十三五”期间 in 2021), one not begun forward; the current one looks forward only by its end
     * (十四五末), its span (“十四五”期间) says neither — and its 期间 is no past.
     */
    private static int fiveYearCue(char ordinal, String span, int now) {
        int start = FiveYearPlans.start(ordinal);
        if (FiveYearPlans.end(ordinal) < now) {
            return -YEAR;
        }
        if (start > now || span.equals("期末") || span.equals("末") || span.equals("结束前") || span.equals("收官")) {
            return YEAR;
        }
        return 0;
    }

    /** Where 十X五 starts when text[i] opens a five-year plan's time (十四五末, “十三五”期间), else -1. */
    private static int fiveYearPlanAt(String s, int i, int to) {
        int at = s.charAt(i) == '“' ? i + 1 : i;
        if (at + 2 >= to || s.charAt(at) != '十' || s.charAt(at + 2) != '五' || !FiveYearPlans.isOrdinal(s.charAt(at + 1))) {
            return -1;
        }
        int after = skipQuote(s, at + 3, to);
        return after < to && FIVE_YEAR_SPANS.wordAt(s, after) != null ? at : -1;
    }

    private static int skipQuote(String s, int i, int to) {
        return i < to && (s.charAt(i) == '”' || s.charAt(i) == '"') ? i + 1 : i;
    }

    /**
     * A day of the month (5月29日, 五月二十九日) told as the day something happened: 5月29日,协会组织…
     * narrates an event. A day that bounds a time (6月30日前, 自3月1日起, 将于5月29日) is no such cue.
     */
    private static boolean isEventDay(String s, int ri, int from) {
        int k = ri - 1;
        while (k >= from && ri - k <= 3 && DAY_DIGITS.indexOf(s.charAt(k)) >= 0) {
            k--;
        }
        if (k == ri - 1 || k < from || s.charAt(k) != '月') {
            return false;
        }
        int m = k - 1;
        while (m >= from && k - m <= 3 && DAY_DIGITS.indexOf(s.charAt(m)) >= 0) {
            m--;
        }
        if (m == k - 1) {
            return false;
        }
        // the year, when written, belongs to the date: 2023年5月29日 or 20xx年5月29日
        if (m >= from && s.charAt(m) == '年') {
            m--;
            while (m >= from && (Character.isDigit(s.charAt(m)) || s.charAt(m) == 'x' || s.charAt(m) == 'X')) {
                m--;
            }
        }
        char after = ri + 1 < s.length() ? s.charAt(ri + 1) : ' ';
        char before = m >= from ? s.charAt(m) : ' ';
        return BOUND_AFTER_DAY.indexOf(after) < 0 && BOUND_BEFORE_DAY.indexOf(before) < 0;
    }

    /** 到2030年, 至2025年: a four-digit year a limit preposition stands before. */
    private static boolean isLimitYear(String s, int nian, int from) {
        if (nian < from + 5) return false;
        for (int k = nian - 4; k < nian; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        }
        char before = s.charAt(nian - 5);
        // 2012年至2021年: the end of a span of years, a period told of, not a limit ahead by itself
        boolean spanEnd = nian - 6 >= from && s.charAt(nian - 6) == '年';
        return (before == '到' || before == '至') && !spanEnd;
    }

    /** A four-digit year at {@code yearEnd} (the 年): before now looks back, after now (or 到/前) forward. */
    private static int yearCue(String s, int nian, int from, int now) {
        if (nian < from + 4) {
            return 0;
        }
        for (int k = nian - 4; k < nian; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return 0;
            }
        }
        if (nian - 5 >= 0 && Character.isDigit(s.charAt(nian - 5))) {
            return 0;
        }
        int year = Integer.parseInt(s.substring(nian - 4, nian));
        boolean by = nian - 5 >= 0 && (s.charAt(nian - 5) == '到' || s.charAt(nian - 5) == '至');
        boolean since = s.startsWith("以来", nian + 1) || s.startsWith("起", nian + 1);
        // 较2022年, 在2023年基础上: a base a figure is compared with, not the time the sentence speaks of
        boolean base = s.startsWith("基础", nian + 1) || s.startsWith("的基础", nian + 1) || s.startsWith("同期", nian + 1)
                || nian - 5 >= 0 && "较比与".indexOf(s.charAt(nian - 5)) >= 0;
        if (since || base) {
            return 0;
        }
        if (year < now) {
            return by ? 0 : -YEAR;
        }
        return year > now || by ? YEAR : 0;
    }
}
