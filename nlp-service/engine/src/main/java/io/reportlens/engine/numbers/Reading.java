package io.reportlens.engine.numbers;

/**
 * One number as written in a text.
 *
 * @param start       where it starts (its sign included)
 * @param end         where it ends (after 万/亿, 余/多, a range's high end or a proportion's last digit)
 * @param value       its value, signed, with 万/亿 multiplied out; for a proportion the value in {@code impliedUnit}
 * @param high        the high end of a range (2-3, 三至七), else null
 * @param chinese     written with Chinese numerals (its first digit is not an Arabic one)
 * @param more        written with 余 or 多: more than the value (3万余, 600多)
 * @param impliedUnit the unit the form itself carries: % (百分之, N分之M, 2/3, 成), ‰ (千分之), /万 (万分之),
 *                    /10万 (十万分之); null when the unit is written after the number
 * @param negative    written with a minus sign (负, −, -)
 */
public record Reading(int start, int end, double value, Double high, boolean chinese, boolean more, String impliedUnit,
                      boolean negative) {

    /** The same number with the minus sign written at {@code signAt}. */
    Reading negated(int signAt) {
        return new Reading(signAt, end, -value, high == null ? null : -high, chinese, more, impliedUnit, true);
    }
}
