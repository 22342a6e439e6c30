package io.reportlens.engine.metrics;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

/** Whether an indicator names a quantity outside the health system ({@code off-topic.txt}): 城镇新增就业, 海水淡化工程规模. */
final class OffTopic {

    private static final Lexicon WORDS = WordList.lexicon(OffTopic.class, "off-topic.txt");

    private OffTopic() {
    }

    static boolean names(String indicator) {
        return indicator != null && WORDS.foundIn(indicator);
    }
}
