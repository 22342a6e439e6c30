package io.reportlens.engine.numbers;

/**
 * A run of Arabic digits: thousands separators (15,672,513,000), a decimal point, and a full stop typed
 * for a decimal point (12。5%) where nothing else makes sense.
 */
final class ArabicDigits {

    /** @param places digits written after the decimal point */
    record Run(int end, double value, int places) {
    }

    /** What may follow the digits after a typed 。 for it to be a decimal point: a proportion or a magnitude. */
    private static final String[] AFTER_TYPED_POINT = {"%", "‰", "万", "亿", "个百分点", "百分点", "个千分点", "千分点"};
    private static final int MAX_TYPED_DECIMALS = 2;
    /** Up to this many digits the mantissa is an exact double; longer runs are read with Double.parseDouble. */
    private static final int MAX_EXACT_DIGITS = 15;

    private ArabicDigits() {
    }

    /** The run starting at {@code pos}, which holds an Arabic digit. */
    static Run read(String text, int pos) {
        int n = text.length();
        int i = pos;
        int count = 0;
        boolean grouped = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Numerals.isAsciiDigit(c)) {
                count++;
                i++;
            } else if (c == ',' && isThousandsGroup(text, i + 1) && (grouped || count <= 3)) {
                grouped = true;
                i++;
            } else {
                break;
            }
        }
        int integerEnd = i;
        int fractionStart = -1;
        if (i + 1 < n && text.charAt(i) == '.' && Numerals.isAsciiDigit(text.charAt(i + 1))) {
            fractionStart = i + 1;
        } else if (i + 1 < n && text.charAt(i) == '。' && isTypedPoint(text, pos, i)) {
            fractionStart = i + 1;
        }
        int places = 0;
        if (fractionStart > 0) {
            i = fractionStart;
            while (i < n && Numerals.isAsciiDigit(text.charAt(i))) i++;
            places = i - fractionStart;
        }
        return new Run(i, value(text, pos, integerEnd, fractionStart, i, count + places), places);
    }

    private static double value(String text, int start, int integerEnd, int fractionStart, int end, int digits) {
        if (digits > MAX_EXACT_DIGITS) {
            StringBuilder s = new StringBuilder(digits + 1);
            for (int i = start; i < integerEnd; i++) if (text.charAt(i) != ',') s.append(text.charAt(i));
            if (fractionStart > 0) s.append('.').append(text, fractionStart, end);
            return Double.parseDouble(s.toString());
        }
        long mantissa = 0;
        for (int i = start; i < integerEnd; i++) {
            char c = text.charAt(i);
            if (c != ',') mantissa = mantissa * 10 + (c - '0');
        }
        int places = 0;
        if (fractionStart > 0) {
            for (int i = fractionStart; i < end; i++) mantissa = mantissa * 10 + (text.charAt(i) - '0');
            places = end - fractionStart;
        }
        // both exact, so the quotient is the double nearest the decimal, as Double.parseDouble gives
        return places == 0 ? mantissa : mantissa / Math.pow(10, places);
    }

    private static boolean isThousandsGroup(String text, int i) {
        if (i + 3 > text.length()) return false;
        for (int k = i; k < i + 3; k++) if (!Numerals.isAsciiDigit(text.charAt(k))) return false;
        return i + 3 == text.length() || !Numerals.isAsciiDigit(text.charAt(i + 3));
    }

    /**
     * 12。5% and 6。3万人次: a full stop between digits is a decimal point only when one or two digits
     * follow it and then a proportion or a magnitude. Otherwise it ends a sentence (…增至1200。5个项目…),
     * as it does after a year (2023。) and after an ordinal (第12。).
     */
    private static boolean isTypedPoint(String text, int start, int point) {
        int n = text.length();
        int after = point + 1;
        while (after < n && Numerals.isAsciiDigit(text.charAt(after)) && after - point <= MAX_TYPED_DECIMALS) after++;
        int decimals = after - point - 1;
        if (decimals < 1 || decimals > MAX_TYPED_DECIMALS) return false;
        if (after < n && Numerals.isAsciiDigit(text.charAt(after))) return false;
        boolean confirmed = false;
        for (String w : AFTER_TYPED_POINT) confirmed |= text.startsWith(w, after);
        if (!confirmed) return false;
        if (start > 0 && text.charAt(start - 1) == '第') return false;
        boolean yearLike = point - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
        return !yearLike;
    }
}
