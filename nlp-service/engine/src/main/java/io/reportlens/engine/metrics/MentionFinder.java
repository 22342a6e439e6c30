package io.reportlens.engine.metrics;

import io.reportlens.engine.normalize.Chars;
import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.numbers.Numerals;
import io.reportlens.engine.numbers.Reading;
import io.reportlens.engine.text.WordList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a text that state a quantity (a number with its unit, a percentage, a rank)
 * and leaves out those that do not: dates and years, ordinals, slogans and titles, hospital grades,
 * age bands, list markers, phone and document numbers.
 */
final class MentionFinder {

    private static final String[] RANK_CUES = WordList.group(MentionFinder.class, "mention-words.tsv", "rank-cues");
    private static final Map<String, String> UNITS_BEFORE = new LinkedHashMap<>();
    /** The mark, in {@code units-before.tsv}, of a measure that has no unit (出生人口性别比): its figures have an empty unit. */
    private static final String NO_UNIT = "-";
    private static final String[] COPULAS = WordList.group(MentionFinder.class, "mention-words.tsv", "copulas");

    static {
        List<String[]> rows = new ArrayList<>(WordList.loadTable(MentionFinder.class, "units-before.tsv"));
        rows.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] row : rows) UNITS_BEFORE.put(row[0], row[1].strip());
    }

    private static final String[] RANK_SCOPES = WordList.group(MentionFinder.class, "mention-words.tsv", "rank-scopes");
    private static final String[] TOP_RANK_VERBS = WordList.group(MentionFinder.class, "mention-words.tsv", "top-rank-verbs");
    private static final String[] GRADE_NOUNS = WordList.group(MentionFinder.class, "mention-words.tsv", "grade-nouns");
    /** 五项制度, 十项重点工程, 三个方面, 三个“全覆盖”: a named set of policies, not a count. */
    private static final String[] NAMED_SET_NOUNS = WordList.group(MentionFinder.class, "mention-words.tsv", "named-set-nouns");
    /** Words that may stand between a verb and its counted object: 为全区14.69万老年人, 共计500人员. */
    private static final String[] LEAD_INS = WordList.group(MentionFinder.class, "mention-words.tsv", "lead-ins");
    private static final Set<String> SET_UNITS = Set.of(WordList.group(MentionFinder.class, "mention-words.tsv", "set-units"));
    private static final int MAX_SET_NAME = 10;
    /** 五个方面工作: what may stand between a lead's count and its colon. */
    private static final int MAX_LEAD_TAIL = 6;
    /** How far after a count its sentence may close on 如下: and still announce the list the count counts. */
    private static final int MAX_AS_FOLLOWS_REACH = 30;
    /** 个专科门诊就诊人次: how long the noun between 个 and 人次 may be. */
    private static final int MAX_VISITS_NOUN = 8;
    /** What a numbered set is made of: 五项基本医疗卫生制度, 两个主题, 三位领导, 三种类型. */
    private static final String[] SET_NAMES = WordList.group(MentionFinder.class, "mention-words.tsv", "set-names");
    /** What a plan lists: 12项任务, 8项举措. */
    private static final String[] LISTED = WordList.group(MentionFinder.class, "mention-words.tsv", "listed");
    private static final String[] LISTING_VERBS = WordList.group(MentionFinder.class, "mention-words.tsv", "listing-verbs");
    /** Units of a span of time, which a measure's name may carry (产后42天访视率). */
    private static final Set<String> DURATIONS = Set.of(WordList.group(MentionFinder.class, "mention-words.tsv", "durations"));
    private static final int MAX_WINDOWED_NAME = 8;
    /** How far after the opening of (以下简称 a count may stand and still be part of the short form. */
    private static final int MAX_SHORT_FORM_LEAD = 8;
    /** How long a bracketed aside before a phase may be (齐鲁医院(青岛)二期). */
    private static final int MAX_ASIDE = 8;
    /** How long the name of a circle of services may run after its travel time (医疗卫生服务圈). */
    private static final int MAX_CIRCLE_NAME = 9;
    private static final String[] PHASED = WordList.group(MentionFinder.class, "mention-words.tsv", "phased");
    private static final String[] PHASED_WORKS = WordList.group(MentionFinder.class, "mention-words.tsv", "phased-works");
    /** 较2012年, 比上年同期, 与2020年相比: a comparison with another year's figure. */
    private static final Pattern COMPARED_YEAR =
            Pattern.compile("(?:较|比|与)(?:(?:19|20)\\d{2}年|上年|去年|上一年)(?:同期)?$");
    private static final String[] OUTLINE_VERBS = WordList.group(MentionFinder.class, "mention-words.tsv", "outline-verbs");
    private static final String[] OUTLINE_NOUNS = WordList.group(MentionFinder.class, "mention-words.tsv", "outline-nouns");
    /** Words after which a lone 一 counts: 有一所, 具有一个, 不到一个月. */
    private static final String[] ONE_COUNTERS = WordList.group(MentionFinder.class, "mention-words.tsv", "one-counters");
    /** 27年未发生, 5年无: a span without something is a result. */
    private static final String[] NEGATED_SPAN = WordList.group(MentionFinder.class, "mention-words.tsv", "negated-span");
    /** 189万因病致贫贫困人口: how far a people noun may stand after a bare count. */
    private static final int MAX_PEOPLE_NOUN_REACH = 8;
    private static final String[] PER_CAPITA = {"/10万人", "/十万人", "/万人", "/千人"};
    /** Rates per 100 000 or per 10 000 written without a counted noun: 孕产妇死亡率10.5/10万, 出生缺陷发生率60/万. */
    private static final String[] PER_100K = {"/10万", "/十万", "/万"};
    /** A bare number followed by one of these is a date, a version, an age, a floor or a type (2型糖尿病), not a count. */
    static final String DATE_OR_VERSION_FOLLOWERS = "年月日号时点分秒岁届版代楼层期型";

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '首' && text.startsWith("首位", i) && hasRankCue(text, i)) {
                out.add(new Mention(i, i, i + 2, 1, null, "名", "=", true)); // 居全省首位: first place
                i += 2;
                continue;
            }
            if (!NumberReader.startsNumber(text, i) || continuesToken(text, i)) {
                i++;
                continue;
            }
            Reading number = NumberReader.read(text, i);
            if (number == null) {
                i = skipNumerals(text, i);
                continue;
            }
            Mention m = interpret(text, number);
            if (m != null) out.add(m);
            i = m != null ? m.end() : Math.max(number.end(), i + 1);
        }
        return out;
    }

    private static boolean continuesToken(String text, int i) {
        if (i == 0) return false;
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if (Numerals.isAsciiDigit(c)) {
            return Numerals.isAsciiDigit(prev) || prev == '.' || isAsciiLetter(prev) || prev == '/'
                    || ((prev == '-' || prev == ':' || prev == '：') && i >= 2 && Numerals.isAsciiDigit(text.charAt(i - 2)));
        }
        return Numerals.isNumeral(prev) || Numerals.isDecimalPoint(prev);
    }

    /** 平均住院日为8.25日: no date has a fraction, so a decimal before 日 counts days. */
    private static boolean isDaysWithAFraction(String text, int s, int e) {
        return e < text.length() && text.charAt(e) == '日' && text.substring(s, e).indexOf('.') >= 0;
    }

    private static int skipNumerals(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Numerals.isNumeral(text.charAt(j)) || Numerals.isAsciiDigit(text.charAt(j)))) j++;
        return j;
    }

    private Mention interpret(String text, Reading number) {
        int s = number.start();
        int e = number.end();
        if (e < text.length() && isAsciiLetter(text.charAt(e)) && !isAsciiUnit(text, e)) return null;
        if (Enclosures.inSloganOrTitle(text, s)) return null;
        if (s > 0 && text.charAt(s - 1) == '第') return rank(text, number);
        if (s > 0 && text.charAt(s - 1) == '前') {
            Mention top = topRank(text, number);
            if (top != null) return top; // any other 前N名 (前3名的卫生院) qualifies what follows: excluded below
        }
        if (s > 0 && (text.charAt(s - 1) == '每' || text.charAt(s - 1) == '×')) return null;
        if (e < text.length() && (text.charAt(e) == '×' || text.charAt(e) == '+')) return null;
        String unit = number.impliedUnit();
        if (unit == null) {
            int at = e < text.length() && text.charAt(e) == ' ' && Units.at(text, e + 1) != null ? e + 1 : e;
            unit = Units.at(text, at);
            if (unit != null) {
                e = at + unit.length();
                unit = Units.canonical(unit);
            } else {
                String written = perCapitaWritten(text, e);
                unit = written == null ? null : perCapitaUnit(text, number);
                if (unit != null) e += written.length();
                else if (isDaysWithAFraction(text, s, e)) {
                    unit = "日";
                    e++;
                } else {
                    if (ListNumbers.isListNumber(text, s, e)) return null; // 。3新生儿预防接种建证率≥95%: the item's number
                    unit = bareUnit(text, number);
                    if (unit != null && qualifiesWhatFollows(text, e)) return null;
                    if (unit == null) unit = unitBefore(text, number);
                    if (unit == null) unit = unitOfTheListBefore(text, number);
                    if (unit == null) unit = sharedUnit(text, number);
                }
            }
        }
        if (unit == null || excluded(text, number, unit, e)) return null;
        if (unit.equals("个") && countsVisits(text, e)) unit = "人次"; // 220万个急症室就诊人次: visits, counted as 个
        // 50万人口以上的县: 人 begins the word 人口, and the population bands the noun that follows
        if (unit.equals("人") && e < text.length() && text.charAt(e) == '口'
                && (qualifiesWhatFollows(text, e + 1) || startsARate(text, e + 1))) return null;
        String comparator = number.more() ? ">" : null;
        String suffix = Comparators.suffixAt(text, e);
        if (suffix != null) {
            comparator = comparator == null ? Comparators.suffixSign(suffix) : comparator;
            e += suffix.length();
        }
        boolean band = suffix != null && (suffix.endsWith("以上") || suffix.endsWith("以下"));
        if (band && e < text.length() && text.charAt(e) == '的' && !unit.equals("%")) {
            return null; // 20万常住人口以上的县: a band that qualifies what follows, not a quantity
        }
        if (comparator == null) comparator = Comparators.prefixBefore(text, s, Clauses.clauseStart(text, s));
        // a proportion is reported to two decimals, as the spec's 2/3 → 66.67 %
        double value = number.impliedUnit() != null ? Math.round(number.value() * 100) / 100.0 : number.value();
        return new Mention(s, s, e, value, number.high(), unit, comparator == null ? "=" : comparator, false);
    }

    /** 第三 after a ranking word, or 第254名: a rank; any other 第N (第二批, 第一议题) is an ordinal. */
    private static Mention rank(String text, Reading number) {
        int e = number.end();
        boolean named = e < text.length() && (text.charAt(e) == '名' || text.charAt(e) == '位');
        if (named) {
            e++;
        } else if (!hasRankCue(text, number.start() - 1) || (e < text.length() && Units.at(text, e) != null)) {
            return null;
        }
        return new Mention(number.start() - 1, number.start(), e, number.value(), null, "名", "=", true);
    }

    /** 争取全省前十名, 进入全国前三位: a place among the top N, striven for or reached, a rank of at most N. */
    private static Mention topRank(String text, Reading number) {
        int e = number.end();
        if (e >= text.length() || text.charAt(e) != '名' && text.charAt(e) != '位') return null;
        int before = number.start() - 1;
        for (String scope : RANK_SCOPES) {
            if (text.startsWith(scope, before - scope.length())) {
                before -= scope.length();
                break;
            }
        }
        // 排名前三位的疾病: the top N of a list the sentence goes on to name, no place's rank
        boolean namesTheTop = e + 1 < text.length() && text.charAt(e + 1) == '的';
        return endsWithAny(text, before, TOP_RANK_VERBS) && !namesTheTop
                ? new Mention(number.start() - 1, number.start(), e + 1, number.value(), null, "名", "<=", true) : null;
    }

    /** A ranking word anywhere earlier in the clause (排名…第一, 在全省考核中位列第二), or a scope right before (全省第一). */
    private static boolean hasRankCue(String text, int ordinalAt) {
        String before = text.substring(Clauses.clauseStart(text, ordinalAt), ordinalAt);
        for (String cue : RANK_CUES) if (before.contains(cue)) return true;
        return endsWithAny(text, ordinalAt, RANK_SCOPES);
    }

    private static String perCapitaWritten(String text, int pos) {
        for (String per : PER_CAPITA) if (text.startsWith(per, pos)) return per;
        for (String per : PER_100K) if (text.startsWith(per, pos)) return per;
        return null;
    }

    /** 66/万人 after 隔离房间 → 间/万人; 10.5/10万 → /10万 (per 100 000). */
    private static String perCapitaUnit(String text, Reading number) {
        for (String per : PER_CAPITA) {
            if (text.startsWith(per, number.end())) {
                String counted = Classifiers.ofNounBefore(text, Clauses.sentenceStart(text, number.start()), number.start());
                return counted == null ? null : counted + per;
            }
        }
        for (String per : PER_100K) if (text.startsWith(per, number.end())) return per.replace("十", "10");
        return null;
    }

    /**
     * A number written without a measure word counts only right after a countable noun (签约项目13,
     * 托位数4.21) or, as the object of a verb, right before a people noun (转来4997风险人员).
     */
    private static String bareUnit(String text, Reading number) {
        int s = number.start();
        int e = number.end();
        if (number.chinese() || number.high() != null) return null;
        String digits = text.substring(s, e);
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.') return null;
        if (number.value() >= 1900 && number.value() <= 2100 && !digits.contains(".")) return null;
        if (e - s > 7) return null;
        if (e < text.length()) {
            char next = text.charAt(e);
            if (DATE_OR_VERSION_FOLLOWERS.indexOf(next) >= 0 || next == '.' || next == '-' || next == '/'
                    || next == ':' || next == '、' || next == ')' || next == '）') return null;
        }
        int nounEnd = s;
        if (nounEnd > 0 && "数为达".indexOf(text.charAt(nounEnd - 1)) >= 0) nounEnd--;
        String unit = Classifiers.ofNounEndingAt(text, nounEnd);
        if (unit != null) return unit;
        // 转来4997风险人员, or 现有的4.74万贫困人口: a count of the people named after it, as an object or after 的
        boolean object = s == 0 || Clauses.isItemEnd(text.charAt(s - 1)) || ActionVerbs.endsAt(text, s)
                || endsWithAny(text, s, LEAD_INS) || text.charAt(s - 1) == '的';
        return object ? Classifiers.ofPeopleAfter(text, e, MAX_PEOPLE_NOUN_REACH) : null;
    }

    /** Before a bare 百, 千 or 万, the words that make it an approximate count: 逾千, 近千, 上万, 超万. */
    private static final String APPROXIMATORS = "逾近上超";

    /**
     * 工作总结(十五篇), (通用5篇) closing a line, 工作计划【三篇】 anywhere: how many samples a template site collects
     * under a title.
     */
    private static boolean isCollectionCount(String text, int start, int unitEnd) {
        if (unitEnd >= text.length() || text.charAt(unitEnd) == '\n') {
            // 妇幼保健所年度卫生工作计划三篇 closing its line: the samples of a kind of report
            return endsWithAny(text, start, SAMPLED_KINDS);
        }
        char close = text.charAt(unitEnd);
        boolean lenticular = close == '】';
        if (close != ')' && close != '）' && !lenticular) return false;
        if (!lenticular && unitEnd + 1 < text.length() && text.charAt(unitEnd + 1) != '\n') return false; // it closes a title's line
        for (String word : COLLECTION_WORDS) {
            int open = start - word.length() - 1;
            if (open < 0 || !text.startsWith(word, open + 1)) continue;
            char o = text.charAt(open);
            if (lenticular ? o == '【' : o == '(' || o == '（') return true;
        }
        return false;
    }

    /** The kinds of report a template site collects samples of (工作计划三篇). */
    private static final String[] SAMPLED_KINDS = WordList.group(MentionFinder.class, "mention-words.tsv", "sampled-kinds");

    /** What a template site may write before its count, inside the brackets: nothing, 通用, 精选. */
    private static final List<String> COLLECTION_WORDS = List.of("", "通用", "精选", "优选", "汇总", "合集", "共");

    private static boolean excluded(String text, Reading number, String unit, int unitEnd) {
        int s = number.start();
        boolean chinese = number.chinese();
        if (isSessionOrdinal(text, s, unit, unitEnd) || isFramingSpan(text, s, unit)) return true;
        if (namesAMeasuresWindow(text, unit, unitEnd) || namesACircle(text, unit, unitEnd)) return true;
        if (namesShortForm(text, s) || unitEnd < text.length() && text.charAt(unitEnd) == '《') return true; // 两个《规划》: documents named
        switch (unit) {
            case "起" -> {
                if (number.value() >= 1900 && number.value() <= 2100) return true;
            }
            case "岁" -> {
                // 寿命达到80岁以上。 is a lifespan reached; 寿命…80岁以上老人 the age band of the people it goes on to name
                String suffix = Comparators.suffixAt(text, unitEnd);
                if (!isLifespan(text, s) || suffix != null && !suffix.equals("左右") && !endsClause(text, unitEnd + suffix.length())) return true;
            }
            case "年" -> {
                // 连续3年, 27年未发生: a duration that is a result; any other N年 is a date or a plan's span
                if (!text.startsWith("连续", Math.max(0, s - 2)) && !startsWithAny(text, unitEnd, NEGATED_SPAN)) return true;
            }
            case "级" -> {
                if (chinese ? !text.startsWith("水平", unitEnd) && !endsClause(text, unitEnd)
                        : startsWithAny(text, unitEnd, GRADE_NOUNS)) return true;
            }
            case "组" -> {
                if (text.startsWith("织", unitEnd)) return true; // 2组织机构: a heading's number before 组织, no 组 counted
            }
            case "期" -> {
                // 二期工程; 市西溪医院二期, 齐鲁医院(青岛)二期, 扩建三期: the phase of a building work, named by its small ordinal
                if (startsWithAny(text, unitEnd, PHASED) || chinese && number.value() < 10
                        && endsWithAny(text, beforeBracketed(text, s), PHASED_WORKS)) return true;
            }
            case "名", "位" -> {
                if (s > 0 && text.charAt(s - 1) == '前' || isAParty(text, s)) return true;
            }
            case "人" -> {
                if (isAParty(text, s)) return true;
            }
            case "类" -> {
                if (chinese && text.charAt(s) != '两') return true;
            }
            case "周" -> {
                if (text.startsWith("年", unitEnd)) return true;
            }
            case "篇" -> {
                if (isCollectionCount(text, s, unitEnd)) return true;
            }
            case "小时" -> {
                if (isRoundTheClock(text, number, unitEnd)) return true;
            }
            default -> {
            }
        }
        if (s > 0 && text.charAt(s - 1) == '届') return true;
        // 几十万件, 十几个: a number told as "some" is no stated quantity
        if (s > 0 && text.charAt(s - 1) == '几' || number.end() < text.length() && text.charAt(number.end()) == '几') return true;
        if (s > 0 && text.charAt(s - 1) == '村' && unit.equals("组")) return true; // 花果村8组: a villagers' group, an address
        if (isComparisonBase(text, s)) return true;
        if (isListCount(text, s, unit, unitEnd) || isOutlineCount(text, s, unitEnd) || namesASetFurtherOn(text, unit, unitEnd)) return true;
        if (SET_UNITS.contains(unit) && announcesTheListAfter(text, unitEnd)) return true;
        if (countsQuotedNames(text, s, unitEnd) || SET_UNITS.contains(unit) && restatesTheListBefore(text, number)) return true;
        if (!chinese) return false;
        // 百姓, 千家万户: a number starting with 百 or 千 is a word, unless a proportion (百分之八十五), a count with 余/多 (百余人)
        // or one a word of approximation comes before (逾千起, 近千人, 上万人次)
        if (Numerals.smallUnit(text.charAt(s)) >= 100 && number.impliedUnit() == null && !number.more()
                && !(s > 0 && APPROXIMATORS.indexOf(text.charAt(s - 1)) >= 0)) return true;
        if (startsWithAny(text, unitEnd, NAMED_SET_NOUNS)) return true;
        if (unitEnd < text.length()) {
            char next = text.charAt(unitEnd);
            if (Numerals.isAsciiDigit(next) && unit.equals("个")) return true;
            if (Numerals.digit(next) >= 0 && !(unitEnd + 1 < text.length() && text.charAt(unitEnd + 1) == '级')) return true;
        }
        if (text.charAt(s) == '二' && unit.equals("次")) return true;
        return isLoneOne(text, number) && !boundByMinimum(text, s) && !countedByVerb(text, s);
    }

    /**
     * 急诊人次达三十点八万, 完成投资4.5亿, 孕产妇死亡率为0: the unit the noun before names ({@code units-before.tsv}),
     * a rate lending % only to a zero; none when a word follows the figure (it is then counted by it).
     */
    private static String unitBefore(String text, Reading number) {
        int e = number.end();
        // 投入62.4亿加快推进…: a figure in 万 or 亿 is complete before the verb that follows it
        boolean magnitude = text.charAt(e - 1) == '万' || text.charAt(e - 1) == '亿';
        if (e < text.length() && Chars.isHan(text.charAt(e)) && !Clauses.isItemEnd(text.charAt(e)) && !magnitude
                && Comparators.suffixAt(text, e) == null) return null;
        int p = number.start();
        for (String copula : COPULAS) {
            if (text.startsWith(copula, p - copula.length())) {
                p -= copula.length();
                break;
            }
        }
        for (Map.Entry<String, String> e2 : UNITS_BEFORE.entrySet()) {
            if (text.startsWith(e2.getKey(), p - e2.getKey().length())) {
                boolean rate = e2.getValue().equals("%");
                if (e2.getValue().equals(NO_UNIT)) return "";
                return rate && number.value() != 0 ? null : e2.getValue();
            }
        }
        return null;
    }

    /**
     * 产后42天访视率, 7天访视数, 48小时复诊率: a time window written into the name of a measure (a duration,
     * then words that end in a measure head where the phrase ends) is part of that name, not a figure.
     */
    private static boolean namesAMeasuresWindow(String text, String unit, int unitEnd) {
        if (!DURATIONS.contains(unit)) return false;
        int end = unitEnd;
        while (end < text.length() && end - unitEnd < MAX_WINDOWED_NAME && Chars.isHan(text.charAt(end))
                && !Clauses.isItemEnd(text.charAt(end))) {
            end++;
            String name = text.substring(unitEnd, end);
            if (end - unitEnd >= 2 && RespectiveLists.headOf(name) != null
                    && (end == text.length() || !Chars.isHan(text.charAt(end)) || startsWithAny(text, end, COPULAS))) {
                return true;
            }
        }
        return false;
    }

    /** Where the words before {@code s} end once a bracketed aside right before it is passed over (齐鲁医院(青岛)). */
    private static int beforeBracketed(String text, int s) {
        if (s == 0 || text.charAt(s - 1) != ')' && text.charAt(s - 1) != '）') return s;
        for (int i = s - 2; i >= 0 && s - i <= MAX_ASIDE; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') return i;
            if (c == ')' || c == '）') return s;
        }
        return s;
    }

    /** (以下简称两个《规划》): a count inside the short form a text gives a name is part of that name. */
    private static boolean namesShortForm(String text, int s) {
        for (int i = s - 1; i >= 0 && s - i <= MAX_SHORT_FORM_LEAD; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') return false;
            if (c == '(' || c == '（') return text.startsWith("以下简称", i + 1);
        }
        return false;
    }

    /**
     * 15分钟医疗卫生服务圈, 5分钟便捷核酸圈: the travel time that names a circle of services is the name of a
     * plan's aim, not a quantity (spec §3: names that hold numbers).
     */
    private static boolean namesACircle(String text, String unit, int unitEnd) {
        if (!DURATIONS.contains(unit)) return false;
        int to = Math.min(text.length(), unitEnd + MAX_CIRCLE_NAME);
        for (int i = unitEnd; i < to; i++) {
            char c = text.charAt(i);
            if (c == '圈') return true;
            if (!Chars.isHan(c)) return false;
        }
        return false;
    }

    /**
     * 围绕“健康安岳”1条主线, “队伍建设”“安全生产”9项工作: a count right after the names it counts, in quotes, of a
     * set of aims or tasks is a plan's formula, not a quantity.
     */
    private static boolean countsQuotedNames(String text, int s, int unitEnd) {
        return s > 0 && (text.charAt(s - 1) == '”' || text.charAt(s - 1) == '"') && startsWithAny(text, unitEnd, NAMED_SET_NOUNS);
    }

    /**
     * 开展破局攻坚、群众有感提升、贡献展示三个年活动, 严把“政治标准、党员质量”两个关口: a count that only restates how many
     * items the list before it named is the list's label, not a quantity; unless the names are institutions
     * (区中心医院、区中医院2个医疗集团) or a verb counts them as members of what it made (新建了建民、团结两个社区卫生服务中心).
     * A list closed by 等 names examples, not all.
     */
    private static boolean restatesTheListBefore(String text, Reading number) {
        int end = number.start();
        if (end > 0 && (text.charAt(end - 1) == '”' || text.charAt(end - 1) == '"')) end--;
        if (end == 0 || text.charAt(end - 1) == '等') return false;
        int from = Clauses.clauseStart(text, end);
        int items = 1;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '、') items++;
            else if (Character.isDigit(c)) return false; // 3名医生、2名护士: a list of figures, each its own
        }
        if (items < 2 || number.value() != items) return false;
        String list = text.substring(from, end);
        return !IndicatorReader.namesAnInstitution(list.substring(list.lastIndexOf('、') + 1))
                && IndicatorReader.verbOfNamesCounted(text, from, text.substring(from, number.start())) == null;
    }

    /** 10万人口27.1人, 每万人口中3.5名: a population a figure follows at once is the rate's base, not a count. */
    private static boolean startsARate(String text, int from) {
        if (from < text.length() && text.charAt(from) == '中') from++;
        return from < text.length() && (Numerals.isAsciiDigit(text.charAt(from)) || Numerals.digit(text.charAt(from)) >= 0);
    }

    /** 30万常住人口以上的县: a bare count whose noun phrase ends in 以上的 / 以下的 is a band, not a quantity. */
    private static boolean qualifiesWhatFollows(String text, int from) {
        int to = Math.min(text.length(), from + MAX_PEOPLE_NOUN_REACH + 3);
        for (int i = from; i < to; i++) {
            if (Clauses.isItemEnd(text.charAt(i))) return false;
            if (text.startsWith("以上的", i) || text.startsWith("以下的", i)) return true;
        }
        return false;
    }

    /** 五项基本医疗卫生制度, 三个重大公共卫生项目: a set named by a numeral counts its members, not a quantity. */
    private static boolean namesASetFurtherOn(String text, String unit, int unitEnd) {
        if (!SET_UNITS.contains(unit)) return false;
        int to = Math.min(text.length(), unitEnd + MAX_SET_NAME);
        for (int i = unitEnd; i < to; i++) {
            if (Clauses.isItemEnd(text.charAt(i))) return false;
            if (startsWithAny(text, i, SET_NAMES)) return true;
            if (i > unitEnd && startsWithAny(text, i, ActionVerbs.ALL)) return false; // 300个小区建立…体系: a verb ends the counted noun
        }
        return false;
    }

    /**
     * 今年承担的民生实事任务有三项: / 重点抓好五个方面工作: — a count that ends its lead at a colon counts the
     * items of the list after it, which is no quantity (spec §4, list leads); so does one whose sentence closes
     * on 如下: (将重点推动落实21项工作,现整理如下:).
     */
    private static boolean announcesTheListAfter(String text, int unitEnd) {
        int to = Math.min(text.length(), unitEnd + MAX_LEAD_TAIL + 1);
        for (int i = unitEnd; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') return true;
            if (Clauses.isItemEnd(c) || c == ',' || c == '，' || c == '\n') return closesOnAsFollows(text, i);
        }
        return false;
    }

    /** Whether the sentence going on at {@code from} ends its line on 如下: or 以下: (its lead's close). */
    private static boolean closesOnAsFollows(String text, int from) {
        int to = Math.min(text.length(), from + MAX_AS_FOLLOWS_REACH);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == ';' || c == '!' || c == '?') return false;
            if ((c == ':' || c == '：') && i >= 2 && (text.startsWith("如下", i - 2) || text.startsWith("以下", i - 2))) return true;
        }
        return false;
    }

    /** 方案提出12项任务, 公布12项新任务: the count of what a plan lists is not a quantity (spec §4). */
    private static boolean isListCount(String text, int s, String unit, int unitEnd) {
        // 提出56项具体任务: the listed noun may follow a two-character qualifier
        if (!SET_UNITS.contains(unit) || !startsWithAny(text, unitEnd, LISTED) && !startsWithAny(text, unitEnd + 1, LISTED)
                && !startsWithAny(text, unitEnd + 2, LISTED)) return false;
        String clause = text.substring(Clauses.clauseStart(text, s), s);
        for (String w : LISTING_VERBS) if (clause.contains(w)) return true;
        return text.startsWith("公布", Math.min(text.length(), unitEnd + 3)) || text.startsWith("公布", Math.min(text.length(), unitEnd + 4));
    }

    /**
     * 较2012年(84.99%和94.08%)分别提高: the figures in parentheses after the year compared with are that
     * year's values, the base of the change the sentence reports, not figures of their own.
     */
    private static boolean isComparisonBase(String text, int s) {
        int from = Clauses.clauseStart(text, s);
        for (int i = s - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') return false;
            if (c == '(' || c == '（') return COMPARED_YEAR.matcher(text).region(Math.max(0, i - 12), i).find();
        }
        return false;
    }

    /**
     * 指数力争达到1.3、1.15、1.1: a bare figure listed after others takes the unit the noun before the list lends the
     * first (none, for a measure without one).
     */
    private static String unitOfTheListBefore(String text, Reading number) {
        int s = number.start();
        if (s < 2 || text.charAt(s - 1) != '、' || !Numerals.isAsciiDigit(text.charAt(s - 2))) return null;
        int from = s - 2;
        while (from > 0 && (Numerals.isAsciiDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) from--;
        Reading before = NumberReader.read(text, from);
        if (before == null || before.end() != s - 1) return null;
        String unit = unitBefore(text, before);
        return unit != null ? unit : unitOfTheListBefore(text, before);
    }

    /** 分别提高7.1和6.2个百分点: the items of a respective list share the unit written after the last one. */
    private static String sharedUnit(String text, Reading number) {
        int e = number.end();
        if (e + 1 >= text.length() || "和、与及".indexOf(text.charAt(e)) < 0 || !NumberReader.startsNumber(text, e + 1)) return null;
        if (!text.substring(Clauses.clauseStart(text, number.start()), number.start()).contains("分别")) return null;
        Reading next = NumberReader.read(text, e + 1);
        if (next == null) return null;
        if (next.impliedUnit() != null) return next.impliedUnit();
        String unit = Units.at(text, next.end());
        return unit != null ? Units.canonical(unit) : sharedUnit(text, next);
    }

    /** 我讲三点意见, 下面谈两个问题: a speaker announcing the parts of the speech, not a quantity (spec §4, list leads). */
    private static boolean isOutlineCount(String text, int s, int unitEnd) {
        return endsWithAny(text, s, OUTLINE_VERBS) && startsWithAny(text, unitEnd, OUTLINE_NOUNS);
    }

    /** Whether the noun after 个 ends in 人次 (个专科门诊就诊人次): the figure counts visits, not things. */
    private static boolean countsVisits(String text, int unitEnd) {
        int to = Math.min(text.length(), unitEnd + MAX_VISITS_NOUN + 2);
        for (int i = unitEnd; i + 1 < to; i++) {
            if (Clauses.isItemEnd(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '、') return false;
            if (text.startsWith("人次", i)) {
                int after = i + 2;
                return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)) || "及和与等".indexOf(text.charAt(after)) >= 0;
            }
        }
        return false;
    }

    /** 兴建一所医院, 县均有一所, 不到一个月: a lone 一 right after a verb that requires or builds one, or a bound, is a count. */
    private static boolean countedByVerb(String text, int s) {
        return endsWithAny(text, s, ONE_COUNTERS);
    }

    private static final int MAX_SESSION_GAP = 10;
    /** How long a verb after a figure may be. */
    private static final int MAX_VERB = 4;
    private static final String[] LIFESPAN_VERBS = WordList.group(MentionFinder.class, "mention-words.tsv", "lifespan-verbs");

    /** 人均预期寿命达到78.5岁, 平均年龄45岁: an age that is itself the measure, not a population's age band. */
    private static boolean isLifespan(String text, int s) {
        String clause = text.substring(Clauses.clauseStart(text, s), s);
        if (clause.contains("寿命") || clause.contains("年龄")) return true;
        // 人均预期寿命达到76.7岁,比2010年提高1岁; 预期寿命持续上升,2020年达84.1岁: the lifespan named earlier in the
        // sentence, reached or changed in this clause
        int sentenceStart = Clauses.sentenceStart(text, s);
        if (text.startsWith("其中", sentenceStart) && sentenceStart > 1) {
            sentenceStart = Clauses.sentenceStart(text, sentenceStart - 1); // 其中,男性79.83岁: a breakdown of the sentence before
        }
        String sentence = text.substring(sentenceStart, s);
        if (!sentence.contains("寿命")) return false;
        for (String verb : LIFESPAN_VERBS) if (clause.contains(verb)) return true;
        // 期望寿命为80.1岁,其中男性78.2岁、女性82.3岁: a short subject alone before the figure breaks the lifespan down
        String subject = clause.substring(clause.lastIndexOf('、') + 1).strip(); // a clause holds no comma
        if (subject.startsWith("其中")) subject = subject.substring(2);
        if (subject.isEmpty() || subject.length() > MAX_BREAKDOWN_SUBJECT) return false;
        for (String part : LIFESPAN_PARTS) if (subject.endsWith(part)) return true;
        return false;
    }

    private static final String[] LIFESPAN_PARTS = WordList.group(MentionFinder.class, "mention-words.tsv", "lifespan-parts");

    /** How long the subject of a breakdown clause may be (男性, 城镇居民). */
    private static final int MAX_BREAKDOWN_SUBJECT = 4;

    /**
     * 提供24小时动脉取栓术服务, 24小时信息报告: round the clock, a way a service is run, not a duration measured;
     * 24小时内, 24小时以上 and 24小时完成 (a limit a verb follows) are one.
     */
    private static boolean isRoundTheClock(String text, Reading number, int unitEnd) {
        if (number.value() != 24 || unitEnd >= text.length() || !Chars.isHan(text.charAt(unitEnd))) return false;
        String after = text.substring(unitEnd, Math.min(text.length(), unitEnd + MAX_VERB));
        return "内以之左".indexOf(text.charAt(unitEnd)) < 0 && ActionVerbs.leading(after) == null;
    }

    /** 副主任张某一行5人: the size of a visiting party, not a figure of the health system. */
    private static boolean isAParty(String text, int s) {
        return text.startsWith("一行", s - 2);
    }

    /** 二十届中央纪委四次全会, 十五届县委五次会议, 县六次党代会, 县十五次代表大会: the ordinal of a session, not a count. */
    private static boolean isSessionOrdinal(String text, int s, String unit, int unitEnd) {
        if (!unit.equals("次") || !(text.startsWith("全会", unitEnd) || text.startsWith("全体会议", unitEnd)
                || text.startsWith("会议", unitEnd) || text.startsWith("党代会", unitEnd) || text.startsWith("代表大会", unitEnd))) return false;
        // 县六次党代会, 县十五次代表大会, 十九届四中全会: a congress or plenum is numbered, never counted
        if (text.startsWith("党代会", unitEnd) || text.startsWith("全会", unitEnd) || text.startsWith("代表大会", unitEnd)) return true;
        for (int i = s - 1; i >= Math.max(0, s - MAX_SESSION_GAP); i--) {
            if (text.charAt(i) == '届') return true;
        }
        return false;
    }

    /** 过去二十一个月的抗疫经验, 未来两年: the span a statement frames, not a quantity. */
    private static boolean isFramingSpan(String text, int s, String unit) {
        return (text.startsWith("过去", s - 2) || text.startsWith("未来", s - 2))
                && (unit.equals("个月") || unit.equals("月") || unit.equals("年") || unit.equals("天") || unit.equals("周"));
    }

    private static boolean isLoneOne(String text, Reading number) {
        return number.end() - number.start() == 1 && text.charAt(number.start()) == '一';
    }

    /** 至少开展一次, 每月不少于一次: the lone 一 is then a real count, not the article "a". */
    private static boolean boundByMinimum(String text, int s) {
        int from = Clauses.clauseStart(text, s);
        String before = text.substring(from, s);
        return before.contains("至少") || before.contains("不少于") || before.contains("不低于");
    }

    private static boolean endsWithAny(String text, int end, String[] words) {
        for (String w : words) if (text.startsWith(w, end - w.length())) return true;
        return false;
    }

    private static boolean endsClause(String text, int pos) {
        return pos >= text.length() || (Clauses.isClauseEnd(text.charAt(pos)) && text.charAt(pos) != '、');
    }

    private static boolean startsWithAny(String text, int pos, String[] words) {
        for (String w : words) if (text.startsWith(w, pos)) return true;
        return false;
    }

    /** 5kg, 12km: an ASCII unit written right after the number, followed by no further letter. */
    private static boolean isAsciiUnit(String text, int at) {
        String unit = Units.at(text, at);
        return unit != null && (at + unit.length() >= text.length() || !isAsciiLetter(text.charAt(at + unit.length())));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
