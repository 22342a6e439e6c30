package io.reportlens.engine.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final Lexicon places = new Lexicon(List.of("临", "临沂", "临沂市", "沂水县", "兰陵县"));

    @Test
    void theLongestWordAtAnOffsetWins() {
        assertThat(places.wordAt("山东省临沂市卫健委", 3)).isEqualTo("临沂市");
        assertThat(places.wordAt("临沂卫健委", 0)).isEqualTo("临沂");
        assertThat(places.wordAt("临床路径", 0)).isEqualTo("临");
        assertThat(places.wordAt("山东省", 0)).isNull();
    }

    @Test
    void aWordCutOffByTheEndOfTheTextIsNotFound() {
        assertThat(places.wordAt("沂水", 0)).isNull();
    }

    @Test
    void firstFindsOnlyWordsThatEndInsideTheRange() {
        assertThat(places.first("在沂水县和兰陵县", 0, 3)).isNull();
        assertThat(places.first("在沂水县和兰陵县", 0, 8)).isEqualTo(new Lexicon.Hit("沂水县", 1));
    }

    @Test
    void allFindsWordsLeftToRightWithoutOverlap() {
        assertThat(places.all("临沂市沂水县、兰陵县").stream().map(Lexicon.Hit::word))
                .containsExactly("临沂市", "沂水县", "兰陵县");
    }
}
