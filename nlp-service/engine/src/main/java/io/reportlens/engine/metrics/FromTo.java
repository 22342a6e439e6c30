package io.reportlens.engine.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.numbers.Reading;

/** The starting figure of a from→to statement: 从206张增加至675张, 由500增至11754人次. */
final class FromTo {

    /** The time a figure of a from→to statement holds for: 2015年(的), 12月8日的, 11日的, 目前的. */
    private static final String TIME = "(?:(?:(?:19|20)\\d{2}|(?:20)?[xX]{2}) ?年|(?:\\d{1,2}月)?\\d{1,2}日|目前|如今|现在|当前)(?:的|底)?";
    private static final Pattern YEAR_BEFORE = Pattern.compile(TIME + "$");
    private static final int MAX_QUALIFIER = 6;
    /** How far 从/由 may stand before the 至/到 of its statement. */
    private static final int MAX_REACH = 24;
    /** How long a clause of its own may be that holds only the change to the final figure (增加至2021年的). */
    private static final int MAX_CHANGE_CLAUSE = 12;
    private static final Pattern YEAR_AFTER = Pattern.compile(TIME);
    /** A bound written before the final figure: 降到2030年的≤5‰. */
    private static final String BOUND_SIGNS = "≤≥<>＜＞≦≧";

    /** @param baselineStart where the starting figure is written (its 从/由 excluded) */
    record Baseline(double value, int baselineStart) {
    }

    private FromTo() {
    }

    static Baseline before(String text, int numberStart) {
        int clauseStart = Clauses.clauseStart(text, numberStart);
        if (clauseStart > 1 && numberStart - clauseStart <= MAX_CHANGE_CLAUSE && isComma(text.charAt(clauseStart - 1))) {
            // 由2011年的49万人次,增加至2021年的86万人次: the change verb after a comma of its own, its start before it
            clauseStart = Clauses.clauseStart(text, clauseStart - 1);
        }
        int to = numberStart;
        while (to > 0 && text.charAt(to - 1) == ' ') to--;
        while (to > 0 && BOUND_SIGNS.indexOf(text.charAt(to - 1)) >= 0) to--;
        to -= yearBefore(text, to);
        if (to - 1 < clauseStart || (text.charAt(to - 1) != '至' && text.charAt(to - 1) != '到')) return null;
        for (int i = to - 2; i >= Math.max(clauseStart, to - MAX_REACH); i--) {
            char c = text.charAt(i);
            if (c == '从' || c == '由') {
                int at = figureAfter(text, i + 1, to);
                if (at < to && NumberReader.startsNumber(text, at)) {
                    Reading from = NumberReader.read(text, at);
                    return from == null ? null : new Baseline(from.value(), at);
                }
            }
        }
        return null;
    }

    /** 由2015年(的)7.5%提升到2020年16.7%, 从12月8日的56.3%降至11日的32.3%: the time written before a figure of a from→to statement. */
    private static int yearBefore(String text, int numberStart) {
        Matcher m = YEAR_BEFORE.matcher(text).region(Math.max(0, numberStart - 7), numberStart);
        return m.find() ? m.end() - m.start() : 0;
    }

    /** Where the starting figure after 从/由 (at {@code from}) is written: past its time (2011年的) and its qualifier. */
    static int figureAfter(String text, int from, int to) {
        int at = from;
        while (at < to && text.charAt(at) == ' ') at++;
        at += timeAfter(text, at);
        while (at < to && text.charAt(at) == ' ') at++;
        return at + qualifierAfter(text, at, to);
    }

    /** 从现行每年12万元, 由原来的15%: a few words qualifying the starting figure, between 从/由 and it. */
    static int qualifierAfter(String text, int from, int to) {
        int at = from;
        while (at < to && at - from < MAX_QUALIFIER && Texts.isCjk(text.charAt(at)) && !NumberReader.startsNumber(text, at)) at++;
        return at < to && NumberReader.startsNumber(text, at) ? at - from : 0;
    }

    private static boolean isComma(char c) {
        return c == ',' || c == '，';
    }

    /** The length of a time (2015年的, xx年, 12月8日的) written at {@code from}, or 0. */
    static int timeAfter(String text, int from) {
        Matcher m = YEAR_AFTER.matcher(text).region(from, Math.min(text.length(), from + 7));
        return m.lookingAt() ? m.end() - from : 0;
    }
}
