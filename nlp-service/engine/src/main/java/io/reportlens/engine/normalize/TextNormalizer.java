package io.reportlens.engine.normalize;

/** Spec §1. (Placeholder: passes text through; replaced by the real normalizer.) */
public final class TextNormalizer {

    public NormalizedText normalize(String raw) {
        return new NormalizedText(raw.replace("\r\n", "\n"), "simplified");
    }
}
