package io.reportlens.engine.metrics;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;
import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.numbers.Numerals;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator of a figure (spec §3): the shortest self-contained phrase for what was measured, read
 * from the list item before the number; when that phrase is only a verb, the thing counted after the
 * number is added (组建35支流调队伍 → 组建流调队伍); when it is only a generic attribute (占比, 完成率,
 * 同比下降, 排名全省) it is attached to the subject of the figure before it in the same sentence; a
 * qualifier shared by a coordinated list is carried over (每千常住人口…医师2.33人、注册护士3.12人).
 */
final class IndicatorReader {

    /** Words stripped at an indicator's start and end, longest first (提升至 before 升至). */
    private static final String[] LEADING = WordList.groupLongestFirst(IndicatorReader.class, "indicator-words.tsv", "leading");
    private static final String[] TRAILING = WordList.groupLongestFirst(IndicatorReader.class, "indicator-words.tsv", "trailing");
    /** Words that say how a figure relates, not what it measures. */
    private static final String[] GENERIC = WordList.group(IndicatorReader.class, "indicator-words.tsv", "generic");
    /** Words that make a phrase an attribute of the subject before: 完成率 of it, 同比下降 of it. */
    private static final String[] ATTRIBUTES = WordList.group(IndicatorReader.class, "indicator-words.tsv", "attributes");
    private static final String[] OBJECT_PREPOSITIONS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "object-prepositions");
    private static final String[] VERBS_OF_PREPOSITIONS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "verbs-of-prepositions");
    private static final String[] PREPOSITIONS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "prepositions");
    private static final int MAX_LENGTH = 24;
    /** A clause of a share alone: (约|仅)?占 + the whole (的)? + (比重|比例)? + (为|达到?)? before the figure. */
    private static final Pattern SHARE_CLAUSE = Pattern.compile(
            "(?:约|仅|只|已|共|分别)?占(?:到)?(\\p{IsHan}{2,12}?)?(?:的)?(比重|比例)?(?:约|为|达|达到)?");
    /** What 在 begins a word with rather than stands as a preposition before: 在职, 在岗, 在编, 在册, 在建. */
    private static final String IN_COMPOUNDS = "职岗编册建研用校院管线";
    /** How far the thing counted after a figure is read: a noun with its predicate (名孕产妇领取住院分娩补助). */
    private static final int MAX_COUNTED = 22;
    /** 10%的标准: the figure is the standard itself, not a share of what follows. */
    private static final String[] REQUIREMENT_WORDS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "requirement-words");
    private static final int MAX_PREDICATE = 12;
    /** A part named this briefly after 其中 (医生, 护士) is a part of the total before. */
    private static final int MAX_PART = 4;
    private static final int MAX_BARE_PART = 3;
    private static final List<String> MEASURE_HEADS = WordList.load(IndicatorReader.class, "measure-heads.txt");
    /** The heads that make a noun of the verb before them (检测车, 服务站, 接种点, 救援队). */
    private static final String VERB_NOUN_HEADS = String.join("", WordList.group(IndicatorReader.class, "indicator-words.tsv", "verb-noun-heads"));
    /** What may follow a measure head without being part of what is measured: 逐年提高并于2025年, 均在, 稳步. */
    private static final String[] VERBAL_TAILS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "verbal-tails");
    /** Endings of a part that names an institution or a measure of its own (卫生室, 床位数). */
    private static final String[] SELF_CONTAINED_ENDINGS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "self-contained-endings");
    private static final int MAX_SETTING = 10;
    private static final int MAX_PARALLEL_SUBJECT = 6;
    /** Endings of institutions (医院, 卫生院, 中心…); RespectiveLists reads them too. */
    static final String[] INSTITUTIONS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "institutions");
    private static final String[] EVENT_UNITS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "event-units");
    private static final String[] SCOPES = WordList.group(IndicatorReader.class, "indicator-words.tsv", "scopes");
    private static final String[] ATTRIBUTE_NOUNS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "attribute-nouns");
    /** Copulas that end the counted noun: 6个县(市)【平均县域住院率】达到88.6%. */
    private static final String[] COPULAS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "copulas");
    private static final String[] ADVERBIALS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "adverbials");
    /** Words that place a figure in time or against another, not part of what it measures. */
    /** 比2022年同期, 较上年同期, 与去年同期相比: a comparison with the same period, which reports call 同比. */
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?:比|较|与)(?:(?:19|20)\\d{2}年|上年|去年|上一年)?同期(?:相比)?|(?:同|与)(?:(?:19|20)\\d{2}年|上年|去年)相比");
    private static final Pattern NOISE = Pattern.compile(
            "与上年相比|第[一二三四五六七八九十\\d]{1,3}[批届期轮]");

    /** 较2015年, 比2010年: the year a change is measured from, which names no measure by itself. */
    private static final Pattern COMPARED_YEAR = Pattern.compile("[较比](?:19|20)\\d{2}年");
    /** 比上年增加, 较2015年末增长: a change against a time named, which belongs to the measure's name. */
    private static final Pattern COMPARED_CHANGE = Pattern.compile(
            "[较比](?:上年度?|上一年度?|去年|(?:19|20)\\d{2}年(?:末|底)?)(?:同期)?(?:增加|减少|增长|下降|提高|降低|上升|提升)了?");

    record Reading(String indicator, String region, boolean weak, int countedEnd) {
    }

    private IndicatorReader() {
    }

    /**
     * @param previous the indicator of the figure before in the same sentence, or null
     * @param previousInSameList whether that figure is the item before in the same 、 list
     * @param total    after 其中, the indicator of the total being broken down, or null
     * @param previousCounted the noun the figure before in the sentence counted (推进17家【胸痛救治单元】), or ""
     */
    static Reading read(String text, Mention m, int phraseStart, String previous, boolean previousInSameList,
                        String total, String previousCounted) {
        String pre = text.substring(phraseStart, m.start());
        int open = Math.max(pre.lastIndexOf('('), pre.lastIndexOf('（'));
        if (open >= 0 && pre.indexOf(')', open) < 0 && pre.indexOf('）', open) < 0) {
            String inside = strip(pre.substring(open + 1));
            if (inside.length() <= 2 && previous != null && strip(pre.substring(0, open)).isEmpty()
                    && KindClassifier.isChangeWord(inside)) {
                // 比上年增加213人(增长4.3%): the change just counted, restated as a rate
                return new Reading(clip(KindClassifier.withoutChangeWord(previous) + inside), null, true, m.end());
            }
            if (inside.length() <= 2) pre = pre.substring(0, open);
            else pre = pre.substring(open + 1);
        }
        String share = previous == null || !isRate(m.unit()) ? null : shareOfTheFigureBefore(pre.strip());
        if (share != null) {
            // 65岁以上人口13.4万人,占总人口的19.55%: the share is of what the figure before counted
            return new Reading(clip(KindClassifier.withoutChangeWord(previous) + share), null, true, m.end());
        }
        boolean possessive = m.end() < text.length() && text.charAt(m.end()) == '的' && !m.unit().equals("级")
                && !startsAny(text, m.end() + 1, REQUIREMENT_WORDS);
        Counted thing = countedThing(text, m.end(), possessive, isEventUnit(m.unit()));
        String counted = thing.words();
        int countedEnd = thing.end();
        if (!counted.isEmpty() && continuesList(text, countedEnd)) counted = counted + sharedPredicate(text, countedEnd);
        if ((possessive || endsWithConjunction(pre)) && !counted.isEmpty()) {
            return new Reading(clip(counted + (possessive ? countNoun(m.unit()) : "")), null, false, countedEnd);
        }
        String listVerb = isWords(counted) ? verbOfNamesCounted(text, phraseStart, pre) : null;
        if (listVerb != null) {
            // 新建了建民、团结两个社区卫生服务中心: the names are the items counted; the verb and the noun name the measure
            return new Reading(clip(listVerb + counted), null, false, countedEnd);
        }
        if (pre.strip().endsWith("等") && isWords(counted)) {
            // 省人民医院和省儿童医院等2个国家级救治基地: the examples name members, the counted noun the category
            return new Reading(clip(counted), null, false, countedEnd);
        }
        if (m.unit().equals("%") && thing.verbal()) {
            // 中小学校100%配备心理健康工作者: the share of the subject that does what follows
            String subject = strip(pre);
            if (subject.isEmpty() && previous != null) subject = ElidedParts.subjectOfShare(previous);
            return new Reading(clip(counted + "的" + subject + "比例"), null, false, countedEnd);
        }
        if (isScopeFrame(pre) && isWords(counted)) {
            return new Reading(clip(strip(pre.strip().substring(0, pre.strip().length() - 1)) + beforeZhong(counted)),
                    null, false, countedEnd);
        }
        pre = atMeasureHead(afterObjectMarker(strip(pre)));
        String region = null;
        PlaceNames.Place place = m.rank() ? null : PlaceNames.leading(pre);
        if (place != null) {
            region = place.name();
            pre = strip(pre.substring(place.end()));
        }
        if (m.rank()) {
            pre = asRanking(pre);
            if (previous != null && previous.contains("排名")) previous = subjectOfRanking(previous);
        }
        if (previous != null && !(isRatio(previous) && !isWeak(pre))
                && (isShortAttribute(pre) || isWeak(pre) && (isAttribute(pre) || counted.isEmpty()))) {
            return new Reading(clip(joined(previous, generalPart(pre))), region, true, m.end());
        }
        if (counted.isEmpty() && !previousInSameList && total == null) pre = ElidedParts.withTheVerbBefore(previous, pre);
        String indicator = pre;
        boolean barePart = isBarePart(pre);
        String scope = trailingScope(pre);
        if (scope != null && !counted.isEmpty()) {
            indicator = scope + counted;
        } else if (namesAnInstitution(pre) && isWords(counted)) {
            indicator = counted;
        } else if (previousInSameList && previous != null && !ElidedParts.sameFrame(previous, pre).equals(pre)) {
            indicator = ElidedParts.sameFrame(previous, pre);
        } else if (RespectiveLists.headOf(pre) != null && ActionVerbs.trailing(pre) == null && counted.isEmpty()) {
            indicator = pre; // 门诊量42.3万人次: a measure already named
        } else if (indicator.length() <= 3 || ActionVerbs.trailing(pre) != null) {
            String object = counted.isEmpty() ? ElidedParts.elidedObject(ActionVerbs.trailing(pre), previous) : counted;
            if (object.isEmpty() && pre.equals(ActionVerbs.trailing(pre))) object = previousCounted;
            indicator = indicator + (object.isEmpty() ? countNoun(m.unit()) : object);
        } else if (counted.isEmpty() && previous != null && parallelRest(pre, previous) != null) {
            indicator = pre + parallelRest(pre, previous);
        } else {
            countedEnd = m.end();
            if (previousInSameList && previous != null) indicator = carryQualifier(previous, indicator);
        }
        if (previousInSameList && previous != null && indicator.equals(pre)) indicator = ElidedParts.sameFrame(previous, indicator);
        if (counted.isEmpty() && indicator.equals(pre)) indicator = ElidedParts.servedBy(previous, pre);
        if (m.unit().equals("元") && indicator.length() <= MAX_PART) {
            String purpose = purpose(text, m.end());
            String project = purpose.isEmpty() && indicator.endsWith("投资") ? projectAfter(text, m.end()) : "";
            indicator = project.isEmpty() ? indicator + purpose : project + indicator;
        }
        String setting = settingBefore(text, m.start());
        if (setting != null && !indicator.contains(setting)) indicator = setting + indicator;
        if (total != null && barePart && !total.contains(pre) && !indicator.startsWith(total)) {
            indicator = total + withoutCountNoun(indicator, m.unit());
        } else if (total != null && namesAnInstitution(pre) && !INSTITUTION_COUNTERS.contains(m.unit()) && !total.contains(pre)
                && counted.isEmpty()) {
            indicator = partsMeasure(pre, total);
        }
        if (pre.isBlank() && counted.isEmpty()) {
            String topic = strip(ElidedParts.topicOfTheClauseBefore(text, m.start()));
            if (topic.length() >= 2) indicator = topic;
        }
        return new Reading(clip(ElidedParts.rateOfTheSubjectBefore(indicator, previous)), region, false, countedEnd);
    }

    /** 其中博士2名, 其中国家级352人: a part too bare to stand alone; 其中中心卫生院8所 names its own thing. */
    private static boolean isBarePart(String part) {
        if (part.length() > MAX_BARE_PART) return false;
        for (String noun : SELF_CONTAINED_ENDINGS) if (part.endsWith(noun)) return false;
        return true;
    }

    private static boolean isWords(String s) {
        return s.length() >= 2 && Texts.isCjk(s.charAt(0)) && Texts.isCjk(s.charAt(1));
    }

    /**
     * 新建了建民、团结两个中心: when the count follows the last of a list of short names that a verb opens, the
     * names are the members of what is counted; returns that verb, or null.
     */
    static String verbOfNamesCounted(String text, int phraseStart, String pre) {
        boolean continued = phraseStart > 0 && text.charAt(phraseStart - 1) == '、';
        String list = (continued ? text.substring(Clauses.clauseStart(text, phraseStart - 1), phraseStart) : "") + pre;
        int firstComma = list.indexOf('、');
        String last = list.substring(list.lastIndexOf('、') + 1).strip();
        if (firstComma < 0 || last.isEmpty() || last.length() > MAX_LISTED_NAME || ActionVerbs.leading(last) != null) {
            return null;
        }
        String head = strip(list.substring(0, firstComma));
        for (int at = 0; at <= Math.min(MAX_TIME_BEFORE_VERB, head.length() - 1); at++) { // 今年新建了…
            String verb = ActionVerbs.leading(head.substring(at));
            if (verb != null) {
                return head.length() - at - verb.length() <= MAX_LISTED_NAME + 1 ? verb : null;
            }
        }
        return null;
    }

    private static final int MAX_LISTED_NAME = 4;
    private static final int MAX_TIME_BEFORE_VERB = 4;

    /** Units that count institutions: 其中公立医院5所 counts hospitals; 其中公立医院为9.07日 measures them. */
    private static final List<String> INSTITUTION_COUNTERS =
            List.of(WordList.group(IndicatorReader.class, "indicator-words.tsv", "institution-counters"));

    /**
     * 医院出院患者平均住院日8.25日,其中公立医院为9.07日: a part named by an institution, with a figure that does
     * not count institutions, has the total's measure; the institution the total starts with gives way to it.
     */
    private static String partsMeasure(String part, String total) {
        for (int k = Math.min(part.length(), total.length()); k >= 2; k--) {
            if (total.startsWith(part.substring(part.length() - k))) {
                return part + total.substring(k);
            }
        }
        return part + total;
    }

    /**
     * Whether a phrase names an institution (区中医院, 东城社区卫生服务中心), not just its kind (医院): in 区中医院3个子医疗集团
     * the institution owns the figure and what it counts is the noun after.
     */
    static boolean namesAnInstitution(String pre) {
        if (pre.length() < 3) return false;
        for (String suffix : INSTITUTIONS) if (pre.endsWith(suffix)) return true;
        return false;
    }

    /**
     * 县人民医院信息化评价等级要达到4级,乡镇中心医院要达到3级: a short subject ending like the previous figure's
     * subject (…医院) leaves the rest of that indicator unsaid; returns that rest, or null.
     */
    private static String parallelRest(String pre, String previous) {
        if (pre.length() < 3 || pre.length() > MAX_PARALLEL_SUBJECT || previous.startsWith(pre) || pre.contains("的")) {
            return null;
        }
        int subjectEnd = previous.indexOf(pre.substring(pre.length() - 2)) + 2;
        if (subjectEnd <= 2 || subjectEnd > MAX_PARALLEL_SUBJECT || previous.length() - subjectEnd < 2) return null;
        return previous.substring(subjectEnd);
    }

    /**
     * 在全省绩效考核中,我市排名第三 / …技能大赛中,某某荣获第1名: a clause ending in 中 sets the scene for the
     * figure in the next clause of the same sentence; returns that setting, or null.
     */
    private static String settingBefore(String text, int numberStart) {
        int clauseStart = Clauses.clauseStart(text, numberStart);
        if (clauseStart < 2 || text.charAt(clauseStart - 2) != '中' || Clauses.isSentenceEnd(text.charAt(clauseStart - 1))) {
            return null;
        }
        int from = Math.max(Clauses.clauseStart(text, clauseStart - 1), clauseStart - 2 - MAX_SETTING);
        String setting = text.substring(from, clauseStart - 2);
        int at = setting.lastIndexOf('在');
        if (at >= 0) setting = setting.substring(at + 1);
        for (int i = 0; i < setting.length(); i++) {
            if (NumberReader.startsNumber(setting, i) && Numerals.isAsciiDigit(setting.charAt(i))) return null;
        }
        return setting.length() >= 2 ? setting : null;
    }

    /** 采用信息量在12个盟市中: the figure counts the set a ranking or comparison is made in. */
    private static boolean isScopeFrame(String pre) {
        String p = pre.strip();
        return p.length() > 2 && p.endsWith("在");
    }

    /** 盟市中排名第二 → 盟市: the set ends where 中 closes the 在…中 frame. */
    private static String beforeZhong(String counted) {
        int at = counted.indexOf('中');
        return at > 0 ? counted.substring(0, at) : counted;
    }

    /** 区老龄办对参加市评审的 → 参加市评审: what follows the preposition 对/向 is the object the figure counts. */
    private static String afterObjectMarker(String pre) {
        for (int i = pre.length() - 1; i >= 0; i--) {
            char c = pre.charAt(i);
            if ((c == '对' || c == '向') && isPreposition(pre, i)) return strip(pre.substring(i + 1));
        }
        return pre;
    }

    /** 对/向 as a preposition, not inside 对象, 对照, 面向, 定向, 针对. */
    private static boolean isPreposition(String s, int i) {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        return "象照接口于应比标".indexOf(next) < 0 && "面方定导针相绝应指".indexOf(prev) < 0;
    }

    /** 广州作为全国 → 全国: a ranking-free scope right before the figure (全国6个试点城市). */
    private static String trailingScope(String pre) {
        for (String scope : SCOPES) if (pre.endsWith(scope) && pre.length() > scope.length()) return scope;
        return null;
    }

    /** 登记金额, 建设率, 占比: a short attribute of the figure before, not a subject of its own. */
    private static boolean isShortAttribute(String pre) {
        if (pre.isEmpty() || pre.length() > 4) return false;
        for (String a : ATTRIBUTE_NOUNS) if (pre.endsWith(a)) return true;
        return false;
    }

    /** 每千常住人口床位, 住院率: a ratio owns no staff or funds of its own for a later noun (在岗职工) to attach to. */
    private static boolean isRatio(String indicator) {
        return PER_CAPITA.matcher(indicator).find() || indicator.endsWith("率");
    }

    /** 完成结核病筛查 + 完成率 → 结核病筛查完成率: a verb the attribute repeats is said once. */
    private static String joined(String subject, String attribute) {
        if (attribute.length() >= 2 && subject.length() > 2 && subject.startsWith(attribute.substring(0, 2))) {
            return subject.substring(2) + attribute;
        }
        return subject + attribute;
    }

    /** 位居安徽省 → 安徽省排名; 在全省市级中医医院中位列 → 全省市级中医医院排名. */
    private static String asRanking(String pre) {
        String s = pre;
        for (String w : new String[]{"位居", "位列", "名列", "排在", "居", "列"}) {
            if (s.endsWith(w)) {
                s = s.substring(0, s.length() - w.length());
                break;
            }
        }
        if (s.endsWith("中")) s = s.substring(0, s.length() - 1);
        if (s.startsWith("在")) s = s.substring(1);
        return s.contains("排名") ? s : s + "排名";
    }

    /** 市人民医院全国排名 → 市人民医院: the ranked subject, to which another ranking scope is attached. */
    private static String subjectOfRanking(String ranking) {
        String s = ranking.substring(0, ranking.indexOf("排名"));
        for (String scope : new String[]{"全国", "全省", "全市", "全区", "全县"}) {
            if (s.endsWith(scope)) return s.substring(0, s.length() - scope.length());
        }
        return s;
    }

    private static boolean isAttribute(String pre) {
        for (String a : ATTRIBUTES) if (pre.contains(a)) return true;
        return pre.endsWith("率");
    }

    /** 2022年, 截至6月底, 在2022年, 从2019年10月起, 1-6月: a time, which places a figure and is no part of what it measures. */
    private static boolean startsWithDate(String s) {
        if (s.isEmpty()) return false;
        int at = "在从自于".indexOf(s.charAt(0)) >= 0 ? 1 : 0;
        return at < s.length() && Numerals.isAsciiDigit(s.charAt(at)) || s.startsWith("截至");
    }

    /** 1名党务工作者和1个先进基层党组织: what precedes 和 belongs to the figure before. */
    private static boolean endsWithConjunction(String pre) {
        String p = pre.strip();
        return p.endsWith("和") || p.endsWith("及") || p.endsWith("与") || p.endsWith("以及") || endsWithObjectPreposition(p);
    }

    /**
     * 市政府同10个区县签订责任书, 对94家宾馆进行抽检, 向2000名群众发放资料: the figure is the preposition's object, so
     * what is counted is read after it, with what was done; 核对, 应对 are verbs, not the preposition.
     */
    private static boolean endsWithObjectPreposition(String p) {
        return Texts.endsWithAny(p, OBJECT_PREPOSITIONS) && !Texts.endsWithAny(p, VERBS_OF_PREPOSITIONS);
    }

    private static String strip(String s) {
        String out = LIST_MARKER.matcher(s).replaceFirst("");
        out = out.substring(ListNumbers.markerLength(out, 0)); // 2医疗机构死因监测报告率: the item's number is no part of it
        if (out.indexOf('同') >= 0 || out.contains("相比")) out = SAME_PERIOD.matcher(out).replaceAll("同比");
        out = (out.indexOf('第') >= 0 || s.indexOf('较') >= 0 || s.indexOf('比') >= 0 ? NOISE.matcher(out).replaceAll("") : out).strip();
        boolean changed = true;
        while (changed && !out.isEmpty()) {
            changed = false;
            if (startsWithDate(out)) out = LEADING_DATE.matcher(out).replaceFirst("").strip();
            for (String w : LEADING) {
                if (out.startsWith(w)) {
                    out = out.substring(w.length());
                    changed = true;
                }
            }
            for (String w : TRAILING) {
                if (out.endsWith(w)) {
                    out = out.substring(0, out.length() - w.length());
                    changed = true;
                }
            }
            if (out.endsWith("(") || out.endsWith("（")) out = out.substring(0, out.length() - 1).strip();
            if (out.length() > 3 && out.charAt(0) == '有' && "效序力关机".indexOf(out.charAt(1)) < 0) {
                out = out.substring(1); // 有在职职工1027人: the verb of being, not part of what is counted
                changed = true;
            }
        }
        return cutAtFromTo(out);
    }

    /** 发热诊室从15间倍增至 → 发热诊室 (the starting figure is the baseline, not the indicator). */
    private static String cutAtFromTo(String s) {
        for (String w : new String[]{"从", "由"}) {
            int at = s.lastIndexOf(w);
            if (at <= 0 || at + 1 >= s.length()) continue;
            // 由原来的841万元提高到, 由2015年的…: the words qualifying the baseline and its time go with it
            // 由2021年平均需时 before the figure itself: the time of the starting figure, which this one is
            if (FromTo.timeAfter(s, at + 1) > 0) return s.substring(0, at);
            int figure = FromTo.figureAfter(s, at + 1, s.length());
            if (figure < s.length() && NumberReader.startsNumber(s, figure)) return s.substring(0, at);
        }
        return s;
    }

    /**
     * 占总人口的, 约占, 占全省人口总数的比重为: a clause that only gives a share, and the words that name it (占总人口,
     * 占比, 占全省人口总数比重); null when the clause names a subject of its own (医保支出占GDP的).
     */
    private static String shareOfTheFigureBefore(String pre) {
        Matcher m = SHARE_CLAUSE.matcher(pre);
        if (pre.contains("占比") || !m.matches()) return null; // 占比 names the share of the subject before it
        String whole = m.group(1) == null ? "" : m.group(1);
        String part = m.group(2) == null ? "" : m.group(2);
        return whole.isEmpty() ? "占比" : "占" + whole + part;
    }

    private static boolean isRate(String unit) {
        return unit.equals("%") || unit.equals("‰");
    }

    private static boolean isWeak(String pre) {
        String rest = pre.indexOf('较') >= 0 || pre.indexOf('比') >= 0 ? COMPARED_YEAR.matcher(pre).replaceAll("") : pre;
        for (String g : GENERIC) rest = rest.replace(g, "");
        PlaceNames.Place place = PlaceNames.leading(rest);
        if (place != null) rest = rest.substring(place.end());
        return rest.length() <= 1;
    }

    /** The part of a weak phrase worth keeping: 完成率, 占比, 同比下降, 全省排名. */
    private static String generalPart(String pre) {
        String s = pre;
        for (String w : new String[]{"其中", "位居", "位列", "名列", "首次", "达到"}) {
            s = s.replace(w, "");
        }
        // one-character words only where they stand as words, at the edges: 在全省中 → 全省, but 在职, 中心 stay whole
        while (!s.isEmpty() && "达为以在".indexOf(s.charAt(0)) >= 0 && !(s.charAt(0) == '在' && s.length() > 1
                && IN_COMPOUNDS.indexOf(s.charAt(1)) >= 0)) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && "达为中".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * What follows the figure in its list item: 组建35支【流调队伍】, 17家【发热门诊全面完成达标改造】; empty when a
     * preposition follows (预算293.8万元为…); cut before another Arabic figure or an adverbial (按照, 为…).
     */
    /** 3次派出49名医疗队员, 三批10轮次区域核酸检测: these units count occurrences of the action that follows. */
    private static boolean isEventUnit(String unit) {
        for (String u : EVENT_UNITS) if (u.equals(unit)) return true;
        return false;
    }

    /** The words after a figure that say what it counts, and where they end in the text. */
    private record Counted(String words, int end, boolean verbal) {
        Counted(String words, int end) {
            this(words, end, false);
        }
    }

    /**
     * @param overFigures read past the figures inside the phrase (the action a frequency counts), dropping them
     */
    private static Counted countedThing(String text, int from, boolean possessive, boolean overFigures) {
        int i = possessive ? from + 1 : from;
        int limit = possessive ? Clauses.clauseEnd(text, i) : Clauses.itemEnd(text, i);
        int end = Math.min(limit, i + MAX_COUNTED);
        for (String p : PREPOSITIONS) {
            if (text.startsWith(p, i) && !modifiesACountedNoun(text, i, limit)) return new Counted("", from);
        }
        if (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '（')) return new Counted("", from);
        StringBuilder kept = new StringBuilder();
        int cut = i;
        while (cut < end && !startsAdverbial(text, cut) && !(cut > i + 1 && startsCopula(text, cut))) {
            if (Numerals.isAsciiDigit(text.charAt(cut))) {
                if (!overFigures) break;
                int figureStart = cut;
                while (cut < text.length() && (Numerals.isAsciiDigit(text.charAt(cut)) || ".万亿余多".indexOf(text.charAt(cut)) >= 0)) {
                    cut++;
                }
                String unit = Units.at(text, cut);
                cut += unit == null ? 0 : unit.length();
                end = Math.min(limit, end + cut - figureStart);
                continue;
            }
            if ((text.charAt(cut) == '和' || text.charAt(cut) == '及') && !overFigures && holdsAFigure(text, cut + 1, limit)) {
                break; // 1307名医疗队员及支援物资几十万件: the next item is counted by its own figure
            }
            kept.append(text.charAt(cut));
            cut++;
        }
        String counted = kept.toString().strip();
        for (String conj : new String[]{"和", "及", "与", "共"}) {
            if (counted.endsWith(conj)) {
                counted = counted.substring(0, counted.length() - conj.length());
                cut -= conj.length();
            }
        }
        return new Counted(counted, counted.isEmpty() ? from : cut, !counted.isEmpty() && longVerbAt(counted, 0) > 0);
    }

    /** Whether text[from, to) holds a figure of its own (digits, or a vague 几十万). */
    private static boolean holdsAFigure(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Numerals.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '几') return true;
        }
        return false;
    }

    /** 筛查率逐年提高并于2025年达到: what was measured ends at its measure head, not at the verbs after it. */
    private static String atMeasureHead(String pre) {
        for (String head : MEASURE_HEADS) {
            int at = pre.lastIndexOf(head);
            if (at > 0) {
                String rest = pre.substring(at + head.length());
                if (!rest.isEmpty() && startsAny(rest, 0, VERBAL_TAILS) && !COMPARED_CHANGE.matcher(rest).matches()) {
                    return pre.substring(0, at + head.length());
                }
            }
        }
        return pre;
    }

    /** 10家在全省具有影响力的医疗机构: a phrase after the figure that ends in 的 + noun modifies the counted noun. */
    private static boolean modifiesACountedNoun(String text, int from, int limit) {
        int de = text.indexOf('的', from);
        return de > from && de + 2 < Math.min(limit, from + MAX_COUNTED) && Texts.isCjk(text.charAt(de + 1)) && Texts.isCjk(text.charAt(de + 2));
    }

    /** 2名党员、1名党务工作者和1个先进基层党组织获得表彰: the counted noun is one item of a list. */
    private static boolean continuesList(String text, int pos) {
        return pos < text.length() && "、和及与".indexOf(text.charAt(pos)) >= 0;
    }

    /**
     * The predicate written once after the last item of a coordinated list, which holds for every item:
     * the words from the first action verb after the list's last separator to the end of the clause.
     */
    private static String sharedPredicate(String text, int listFrom) {
        int clauseEnd = Clauses.clauseEnd(text, listFrom);
        int lastSeparator = listFrom;
        for (int i = listFrom; i < clauseEnd; i++) if ("、和及与".indexOf(text.charAt(i)) >= 0) lastSeparator = i;
        // the predicate follows the last item's figure: a verb before it is the item's own (和各区新建1所…)
        int from = lastSeparator + 1;
        for (int i = lastSeparator + 1; i < clauseEnd; i++) if (Numerals.isAsciiDigit(text.charAt(i))) from = i + 1;
        for (int i = from; i < clauseEnd; i++) {
            int verb = longVerbAt(text, i);
            // 8辆核酸检测车支援…: a verb a noun's head follows (检测车, 服务站) is inside the last item's noun
            if (verb > 0 && !(i + verb < clauseEnd && VERB_NOUN_HEADS.indexOf(text.charAt(i + verb)) >= 0)) return text.substring(i, Math.min(clauseEnd, i + MAX_PREDICATE));
        }
        return "";
    }

    /** The action verbs of two characters or more, looked up at a position at once. */
    private static final Lexicon LONG_VERBS = new Lexicon(Arrays.stream(ActionVerbs.ALL).filter(v -> v.length() >= 2).toList());

    /** The length of the (longest) action verb of two characters or more at {@code pos}, or 0. */
    private static int longVerbAt(String text, int pos) {
        String verb = pos < text.length() ? LONG_VERBS.wordAt(text, pos) : null;
        return verb == null ? 0 : verb.length();
    }

    /** 预算293.8万元为全区14.69万老年人购买意外伤害险: what money is for, its figures left out; or "". */
    private static String purpose(String text, int from) {
        for (String p : new String[]{"用于", "为"}) {
            if (text.startsWith(p, from)) return p + strip(countedThing(text, from + p.length(), false, true).words());
        }
        return "";
    }

    /** What is built with money invested, in the clause after it: 总投资6000万元,建设县第二人民医院分院 → the project. */
    private static String projectAfter(String text, int from) {
        if (from + 1 >= text.length() || text.charAt(from) != ',' && text.charAt(from) != '，') return "";
        for (String verb : PROJECT_VERBS) {
            if (text.startsWith(verb, from + 1)) {
                String project = strip(countedThing(text, from + 1 + verb.length(), false, false).words()).replaceAll("[“”\"]", "");
                return project.length() >= 2 ? project : "";
            }
        }
        return "";
    }

    private static final String[] PROJECT_VERBS = WordList.group(IndicatorReader.class, "indicator-words.tsv", "project-verbs");

    /** A copula introducing the next figure: 县(市)平均县域住院率【达到】88.6%. */
    private static boolean startsCopula(String text, int pos) {
        for (String w : COPULAS) {
            int after = pos + w.length();
            if (text.startsWith(w, pos) && after < text.length() && NumberReader.startsNumber(text, after)) return true;
        }
        return false;
    }

    private static boolean startsAny(String text, int pos, String[] words) {
        for (String w : words) if (text.startsWith(w, pos)) return true;
        return false;
    }

    private static boolean startsAdverbial(String text, int pos) {
        for (String w : ADVERBIALS) if (text.startsWith(w, pos)) return true;
        return false;
    }

    private static String withoutCountNoun(String indicator, String unit) {
        String noun = countNoun(unit);
        return !noun.isEmpty() && indicator.endsWith(noun) && indicator.length() > noun.length()
                ? indicator.substring(0, indicator.length() - noun.length()) : indicator;
    }

    /** 采样94万人次 → 采样人次: the unit says what was counted when nothing else does. */
    private static String countNoun(String unit) {
        return switch (unit) {
            case "人", "名", "位" -> "人数";
            case "次" -> "次数";
            case "天", "年", "周", "个月" -> unit.replace("个", "") + "数";
            case "%", "‰", "个百分点", "个千分点", "/万", "/10万" -> "";
            default -> unit.length() > 1 ? unit : "";
        };
    }

    /**
     * 每千常住人口执业(助理)医师 + 注册护士 → 每千常住人口注册护士; 创建省级卫生乡镇 + 卫生村 → 创建省级卫生村.
     */
    static String carryQualifier(String previous, String item) {
        if (item.startsWith("每")) return item;
        Matcher perCapita = PER_CAPITA.matcher(previous);
        if (perCapita.find()) return perCapita.group() + item;
        if (item.length() >= 2) {
            int at = previous.indexOf(item.substring(0, 2));
            if (at > 0) return previous.substring(0, at) + item;
        }
        return item;
    }

    /** (一) 1. （2） 一是: list markers that open an item. */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[是要、])");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(截至|在|从|自|于)?((19|20)\\d{2}年(度|底|末|上半年|下半年)?(前|以前|之前)?)?"
            + "((\\d{1,2}[-—~至到])?\\d{1,2}月(?!龄)份?(\\d{1,2}日)?(底|末)?(前|以前|之前)?[和、至到-]?)*(起|以来)?");
    private static final Pattern PER_CAPITA =
            Pattern.compile("^每[十百千万]{1,2}(?:常住|户籍)?(?:人口|人)(?:拥有)?");

    /** At most MAX_LENGTH characters from the end, without the punctuation a cut leaves at either end. */
    /** 在光明日报、湖南日报、红网等主流媒体发稿: the examples before 等 name members, the category after it the measure. */
    private static final Pattern EXAMPLES = Pattern.compile("[^、,，;；]{1,12}(?:、[^、,，;；]{1,12})+等(?=[^等、]{4})");

    private static String clip(String s) {
        // the pattern is tried at every position; most phrases lack its two literals
        if (s.indexOf('等') >= 0 && s.indexOf('、') >= 0) s = EXAMPLES.matcher(s).replaceFirst("");
        String t = s.length() <= MAX_LENGTH ? s : s.substring(s.length() - MAX_LENGTH);
        int from = 0;
        int to = t.length();
        while (from < to && EDGE_PUNCTUATION.indexOf(t.charAt(from)) >= 0) from++;
        while (to > from && EDGE_PUNCTUATION.indexOf(t.charAt(to - 1)) >= 0 && !balancedClose(t, from, to)) to--;
        return t.substring(from, to);
    }

    private static final String EDGE_PUNCTUATION = "、,，:：;；。()（）“”\"' ";

    /** A closing bracket that ends a bracketed part of the indicator (执业(助理)) stays. */
    private static boolean balancedClose(String t, int from, int to) {
        char c = t.charAt(to - 1);
        return (c == ')' && t.lastIndexOf('(', to - 1) >= from) || (c == '）' && t.lastIndexOf('（', to - 1) >= from)
                || (c == '”' && t.lastIndexOf('“', to - 1) >= from);
    }
}
