package io.reportlens.engine.metrics;

/**
 * A number with its unit as found in the text, before it is interpreted.
 *
 * @param numberStart where the number itself starts (after any 第 of a rank)
 * @param end         end of the number, unit and trailing comparator word (以上, 左右…)
 * @param rank        a position in a ranking (第三, 第254名)
 */
record Mention(int start, int numberStart, int end, double value, Double high, String unit, String comparator,
               boolean rank) {

    String raw(String text) {
        return text.substring(start, end);
    }
}
