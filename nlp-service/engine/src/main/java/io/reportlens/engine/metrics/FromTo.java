package io.reportlens.engine.metrics;

import io.reportlens.engine.numbers.NumberReader;
import io.reportlens.engine.numbers.Reading;

/** The starting figure of a from→to statement: 从206张增加至675张, 由500增至11754人次. */
final class FromTo {

    /** @param baselineStart where the starting figure is written (its 从/由 excluded) */
    record Baseline(double value, int baselineStart) {
    }

    private FromTo() {
    }

    static Baseline before(String text, int numberStart) {
        int clauseStart = Clauses.clauseStart(text, numberStart);
        int to = numberStart;
        if (to - 1 < clauseStart || (text.charAt(to - 1) != '至' && text.charAt(to - 1) != '到')) return null;
        for (int i = to - 2; i >= Math.max(clauseStart, to - 20); i--) {
            char c = text.charAt(i);
            if ((c == '从' || c == '由') && i + 1 < to && NumberReader.startsNumber(text, i + 1)) {
                Reading from = NumberReader.read(text, i + 1);
                return from == null ? null : new Baseline(from.value(), i + 1);
            }
        }
        return null;
    }
}
