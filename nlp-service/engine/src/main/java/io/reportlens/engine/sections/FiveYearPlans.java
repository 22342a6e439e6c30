package io.reportlens.engine.sections;

/**
 * The years of a five-year plan named 十X五 (十三五, 十四五): from the third on, the Nth plan runs from
 * 1951 + 5N to 1955 + 5N, so 十四五 is 2021–2025.
 */
public final class FiveYearPlans {

    /** The X of 十X五: the plans from the eleventh (十一五) to the nineteenth. */
    public static final String ORDINALS = "一二三四五六七八九";

    private FiveYearPlans() {
    }

    /** Whether {@code c} can stand between 十 and 五 in a plan's name. */
    public static boolean isOrdinal(char c) {
        return ORDINALS.indexOf(c) >= 0;
    }

    /** Whether a plan's name 十X五 (quoted or not) starts at {@code at}: 十四五期间, “十四五”规划. */
    public static boolean namedAt(String s, int at) {
        int i = at < s.length() && (s.charAt(at) == '“' || s.charAt(at) == '"') ? at + 1 : at;
        return i + 2 < s.length() && s.charAt(i) == '十' && isOrdinal(s.charAt(i + 1)) && s.charAt(i + 2) == '五';
    }

    /** The first year of 十X五, X being one of {@link #ORDINALS}. */
    public static int start(char ordinal) {
        int nth = 10 + ORDINALS.indexOf(ordinal) + 1;
        return 1951 + 5 * nth;
    }

    /** The last year of 十X五. */
    public static int end(char ordinal) {
        return start(ordinal) + 4;
    }
}
