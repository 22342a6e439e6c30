package io.reportlens.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text at 。！？； (full- or half-width) and line breaks, keeping exact offsets; a
 * half-width ? that stands for a character lost in decoding ends nothing.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int segmentStart = 0;
        int lineStart = 0;
        int group = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean clauseEnd = c == '；' || c == ';';
            boolean sentenceEnd = c == '。' || c == '！' || c == '？' || c == '!' || c == '\n' || c == '?' && !isLostCharacter(text, i);
            if (!clauseEnd && !sentenceEnd) {
                continue;
            }
            addTrimmed(text, segmentStart, i, group, lineStart, sentences);
            if (sentenceEnd) {
                group++;
            }
            if (c == '\n') {
                lineStart = i + 1;
            }
            segmentStart = i + 1;
        }
        return sentences;
    }

    /**
     * A half-width ? run into letters or more ?s (担当?shù)匿J气, ??圃u): a character the page's decoding lost,
     * which stands inside its sentence, not at its end.
     */
    private static boolean isLostCharacter(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return next == '?' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || i > 0 && text.charAt(i - 1) == '?';
    }

    private static void addTrimmed(String text, int start, int end, int group, int lineStart, List<Sentence> out) {
        while (start < end && isBlank(text.charAt(start))) start++;
        while (end > start && isBlank(text.charAt(end - 1))) end--;
        if (end > start) {
            out.add(new Sentence(start, end, group, lineStart));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\ufeff';
    }
}
