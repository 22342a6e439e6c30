package io.reportlens.engine.text;

/**
 * One sentence of the normalized text, without its closing mark.
 *
 * @param group     index of the full sentence (up to 。！？ or a line break) it belongs to; clauses
 *                  split at ；share their group, so a time limit can govern the clauses after it
 * @param lineStart offset of the line (paragraph) it sits in
 */
public record Sentence(int start, int end, int group, int lineStart) {

    public String text(String normalized) {
        return normalized.substring(start, end);
    }
}
