package io.reportlens.engine.numbers;

/**
 * The value of a number as written, without sign or proportion: Arabic digits, Chinese numerals or both
 * (4亿5000万, 1千零20), 十百千 inside 万/亿 groups, 万亿 and 万万, 零 in any place (一千零十), a decimal
 * part (三十点八万, 两千万点五), colloquial abbreviations (两千四百五 = 2450, 三万五 = 35000, 千三 = 1300)
 * and 余/多 (500余万, 十多万, 百余).
 */
final class Magnitude {

    /**
     * @param scale the smallest 万/亿 multiplier in the number (3万 → 10^4), 1 when it has none
     * @param more  written with 余/多
     */
    record Parsed(int end, double value, double scale, boolean more) {
    }

    /** 千克, 千米, 千瓦, 千卡, 千帕, 千焦: 千 is the unit's metric prefix there, not a thousand. */
    private static final String KILO_UNITS = "克米瓦卡帕焦";
    /** Fraction digits read after 点; a longer run is not a number a report writes. */
    private static final int MAX_FRACTION_DIGITS = 15;
    private static final double NONE = Double.POSITIVE_INFINITY;

    private Magnitude() {
    }

    /**
     * The number at {@code pos}, read no further than {@code limit}; null when no number starts there or when
     * its numerals are not one number (十四五 and 二〇二三: a digit right after a digit).
     */
    static Parsed parse(String text, int pos, int limit) {
        return new Parser(text, limit).parse(pos);
    }

    static Parsed parse(String text, int pos) {
        return parse(text, pos, text.length());
    }

    /** {@code value} rounded to the decimal places it was written with, so 三十点八万 is 308000, not 308000.00000000006. */
    static double clean(double value, int places) {
        double p = Math.pow(10, places);
        double scaled = value * p;
        return Math.abs(scaled) >= 0x1p53 ? value : Math.rint(scaled) / p;
    }

    /**
     * One left-to-right pass. Each step reads the token at i and returns where the next token starts; i itself
     * when the token is not part of the number (it ends before it); the position after the token, negated, when
     * the number ends with it (500余万); MALFORMED when the numerals are not one number. Every step that goes
     * on moves forward, so a parse reads each character once.
     */
    private static final class Parser {
        private static final int MALFORMED = Integer.MIN_VALUE;

        private final String text;
        private final int limit;

        /** Groups already multiplied by 万/亿, and the multiplier of the last one. */
        private double total;
        private double lastBig = NONE;
        /** The current group below 万, and the last of 十百千 in it. */
        private double section;
        private int lastSmall = Integer.MAX_VALUE;
        /** A digit or digit run not yet multiplied by a unit (NaN when none). */
        private double pending = Double.NaN;
        private boolean pendingChinese;
        /** The unit written right before the pending digit (两千四百【五】), 0 when none or after 零. */
        private double pendingAfter;
        private double lastUnit;
        private boolean any;
        private boolean fraction;
        private boolean more;
        private int places;

        Parser(String text, int limit) {
            this.text = text;
            this.limit = limit;
        }

        Parsed parse(int pos) {
            int i = pos;
            while (i < limit) {
                char c = text.charAt(i);
                int next;
                if (Numerals.isAsciiDigit(c)) {
                    next = arabic(i);
                } else if (Numerals.digit(c) >= 0) {
                    next = chineseDigit(i, Numerals.digit(c));
                } else if (Numerals.smallUnit(c) > 0) {
                    next = smallUnit(i, Numerals.smallUnit(c));
                } else if (Numerals.bigUnit(c) > 0) {
                    next = bigUnit(i, Numerals.bigUnit(c));
                } else if (Numerals.isDecimalPoint(c)) {
                    next = decimals(i);
                } else if (Numerals.isMore(c) && any && !fraction && !more) {
                    more = true;
                    next = i + 1 < limit && Numerals.bigUnit(text.charAt(i + 1)) > 0 ? i + 1 : -(i + 1);
                } else {
                    break;
                }
                if (next == MALFORMED) return null;
                if (next < 0) {
                    i = -next;
                    break;
                }
                if (next == i) break;
                i = next;
            }
            if (!any) return null;
            double value = total + section + closePending();
            return new Parsed(i, clean(value, places), lastBig == NONE ? 1 : lastBig, more);
        }

        private int arabic(int i) {
            if (hasPending()) return MALFORMED;
            if (fraction) return i;
            ArabicDigits.Run run = ArabicDigits.read(text, i);
            if (run.end() > limit) return i;
            pending = run.value();
            pendingChinese = false;
            pendingAfter = 0;
            places = Math.max(places, run.places());
            any = true;
            return run.end();
        }

        private int chineseDigit(int i, int d) {
            if (fraction) return i;
            if (hasPending() && pending != 0) return MALFORMED;
            if (d == 0) {
                if (!any) setPending(0, 0);
                lastUnit = 0;
            } else {
                setPending(d, lastUnit);
            }
            any = true;
            return i + 1;
        }

        private int smallUnit(int i, int unit) {
            if (fraction || unit >= lastSmall) return i;
            char after = i + 1 < limit ? text.charAt(i + 1) : 0;
            if (unit >= 100 && after == '分') return i;
            if (unit == 1000 && KILO_UNITS.indexOf(after) >= 0) return i;
            section += (hasPending() && pending != 0 ? pending : 1) * unit;
            pending = Double.NaN;
            lastSmall = unit;
            lastUnit = unit;
            any = true;
            return i + 1;
        }

        private int bigUnit(int i, double unit) {
            if (!any) return i;
            int end = i + 1;
            if (unit == 1e4 && end < limit && Numerals.bigUnit(text.charAt(end)) > 0) {
                unit = Numerals.bigUnit(text.charAt(end)) == 1e8 ? 1e12 : 1e8;
                end++;
            }
            double group = section + pendingValue();
            if (group == 0) return i;
            if (unit < lastBig) {
                total += group * unit;
            } else if (total + group < unit) {
                total = (total + group) * unit;
            } else {
                return i;
            }
            pending = Double.NaN;
            lastBig = unit;
            section = 0;
            lastSmall = Integer.MAX_VALUE;
            lastUnit = unit;
            return fraction || more ? -end : end;
        }

        /** 三十点八, 两千万点五五: only after Chinese numerals (3点 is a time of day). */
        private int decimals(int i) {
            if (!any || fraction || (hasPending() && !pendingChinese)) return i;
            int j = i + 1;
            long digits = 0;
            while (j < limit && j - i <= MAX_FRACTION_DIGITS && Numerals.isDecimalDigit(text.charAt(j))) {
                digits = digits * 10 + Numerals.digit(text.charAt(j));
                j++;
            }
            int count = j - i - 1;
            if (count == 0) return i;
            section += closePending() + digits / Math.pow(10, count);
            places = Math.max(places, count);
            fraction = true;
            lastUnit = 0;
            return j;
        }

        private boolean hasPending() {
            return !Double.isNaN(pending);
        }

        private void setPending(double value, double after) {
            pending = value;
            pendingChinese = true;
            pendingAfter = after;
        }

        /** The pending digit's value: a lone digit after a unit stands for the next lower place (两千四百五 → 50). */
        private double pendingValue() {
            if (!hasPending()) return 0;
            return pendingChinese && pendingAfter > 10 ? pending * (pendingAfter / 10) : pending;
        }

        private double closePending() {
            double v = pendingValue();
            pending = Double.NaN;
            return v;
        }
    }
}
