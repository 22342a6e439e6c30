package io.reportlens.engine.frame;

/** Whether a sentence looks back (what was done, a past state) or forward (what will be done), or says neither. */
public enum Orientation {
    BACK, FORWARD, NEUTRAL;

    /** Weighed cues below this say too little to turn a sentence against its paragraph (拟提拔干部, 按计划). */
    static final int DECISIVE = 2;

    /** The orientation weighed cues give, or {@code otherwise} when they are not decisive. */
    static Orientation of(int score, Orientation otherwise) {
        return score >= DECISIVE ? FORWARD : score <= -DECISIVE ? BACK : otherwise;
    }
}
