package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;

/**
 * What an indicator leaves unsaid and takes from the figure or the clause before it: report prose writes a
 * subject, a verb or a frame once and lets the next figures share it (高血压患者规范管理2.1万人,规范管理率65.3%;
 * 出动执法车辆64台次,执法人员192人次; 财政投入稳步增加,累计达1577.78亿元).
 */
final class ElidedParts {

    /** Services counted over a population named just before (保健管理, 随访, 签约). */
    private static final String[] SERVICES = WordList.group(ElidedParts.class, "indicator-words.tsv", "services");
    /** Words that say how a topic went (稳步增加, 持续提高): its subject ends before them. */
    private static final String[] VERBAL_TAILS = WordList.group(ElidedParts.class, "indicator-words.tsv", "verbal-tails");
    private static final String[] GENERIC = WordList.group(ElidedParts.class, "indicator-words.tsv", "generic");
    private static final int MAX_SERVICE = 5;
    private static final int MAX_GAPPED_OBJECT = 6;
    /** A list item this short (大专生) takes the frame of the item before. */
    private static final int MAX_FRAMED_ITEM = 4;

    private ElidedParts() {
    }

    /**
     * 财政投入稳步增加,累计达1577.78亿元: a clause that names nothing before its figure continues the topic of the
     * clause before it in the sentence (a topic chain): that clause's words up to those that say how it went, or
     * "" when the figure's clause opens its sentence.
     */
    static String topicOfTheClauseBefore(String text, int figureStart) {
        int clause = Clauses.clauseStart(text, figureStart);
        if (clause == 0 || clause <= Clauses.sentenceStart(text, figureStart) || Clauses.isSentenceEnd(text.charAt(clause - 1))) {
            return "";
        }
        String before = text.substring(Clauses.clauseStart(text, clause - 1), clause - 1);
        int cut = before.length();
        for (String[] words : new String[][]{VERBAL_TAILS, GENERIC}) {
            for (String w : words) {
                int at = before.indexOf(w, 2);
                if (at > 0 && at < cut) cut = at;
            }
        }
        return before.substring(0, cut);
    }

    /**
     * 高血压患者规范管理2.1万人,规范管理率65.3%: a rate named by the measure just counted is that
     * subject's rate (高血压患者规范管理率), not a rate of nothing.
     */
    static String rateOfTheSubjectBefore(String indicator, String previous) {
        if (previous == null || !indicator.endsWith("率") || indicator.length() < 3) {
            return indicator;
        }
        String measure = indicator.substring(0, indicator.length() - 1);
        return previous.endsWith(measure) && previous.length() > measure.length() ? previous + "率" : indicator;
    }

    /**
     * 招录农村订单定向本科生14名、大专生4名: a short item of a coordinated list whose noun ends like the
     * item before takes that item's frame (招录农村订单定向大专生).
     */
    static String sameFrame(String previous, String item) {
        if (item.length() > MAX_FRAMED_ITEM || item.length() < 2 || previous.length() <= item.length()
                || previous.endsWith(item) || previous.charAt(previous.length() - 1) != item.charAt(item.length() - 1)) {
            return item;
        }
        return previous.substring(0, previous.length() - item.length()) + item;
    }

    /**
     * 七岁以下儿童18409人,保健管理16754人: a bare service (保健管理, 规范管理率) right after a count of a population
     * is that population's service (七岁以下儿童保健管理); a figure before that is itself a service names no one.
     */
    static String servedBy(String previous, String pre) {
        if (previous == null || pre.length() > MAX_SERVICE || previous.contains(pre)) return pre;
        String service = pre.endsWith("率") ? pre.substring(0, pre.length() - 1) : pre;
        if (!Texts.endsWithAny(service, SERVICES) || Texts.endsWithAny(previous, SERVICES) || previous.endsWith("率")) return pre;
        return previous + pre;
    }

    /** 县级综合医院100%实现…,100%达到…: the subject of the share before, for a share that leaves it unsaid. */
    static String subjectOfShare(String previous) {
        int at = previous.lastIndexOf('的');
        String s = at >= 0 ? previous.substring(at + 1) : previous;
        return s.endsWith("比例") ? s.substring(0, s.length() - 2) : s;
    }

    /** 免费发放叶酸9117人,计划发放5800人: the object left unsaid is the one the same verb took just before. */
    static String elidedObject(String verb, String previous) {
        if (verb == null || previous == null) return "";
        int at = previous.lastIndexOf(verb);
        return at < 0 ? "" : previous.substring(at + verb.length());
    }

    /**
     * 出动执法车辆64台次,执法人员192人次: a bare noun after a figure whose phrase began with a verb is that verb's
     * object too (the verb is written once for the run of figures); a rate, a service or a phrase with a verb of its
     * own is not.
     */
    static String withTheVerbBefore(String previous, String pre) {
        if (previous == null || pre.length() < 2 || pre.length() > MAX_GAPPED_OBJECT || pre.endsWith("率")
                || ActionVerbs.leading(pre) != null || ActionVerbs.trailing(pre) != null || Texts.endsWithAny(pre, SERVICES)
                || !pre.chars().allMatch(c -> Texts.isCjk((char) c))) {
            return pre;
        }
        String verb = ActionVerbs.leading(previous);
        return verb == null || previous.length() == verb.length() ? pre : verb + pre;
    }
}
