package io.reportlens.engine.normalize;

/** The normalized text (spec §1) and the script the report came in: simplified or traditional. */
public record NormalizedText(String text, String script) {
}
