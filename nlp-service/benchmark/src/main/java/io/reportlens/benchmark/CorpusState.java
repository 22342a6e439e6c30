package io.reportlens.benchmark;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The corpus, loaded once per benchmark run. */
@State(Scope.Benchmark)
public class CorpusState {

    Corpus corpus;

    @Setup(Level.Trial)
    public void load() {
        corpus = Corpus.load();
        System.out.printf("%ncorpus: %s, %d texts, %d UTF-8 bytes%n", corpus.source(), corpus.texts().size(), corpus.utf8Bytes());
    }
}
