package io.reportlens.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
            int note = sentenceEnd && c != '\n' ? trailingNoteEnd(text, i + 1) : -1;
            if (note > 0) {
                // 。(2019年10月底前完成): the note after a full stop is still its sentence's; the line's end comes next
                addTrimmed(text, segmentStart, note, group++, lineStart, sentences);
                segmentStart = note;
                i = note - 1;
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

    /** What a note of the sentence says (a date, a lead body); a news item's byline (记者 张某) says none of it. */
    private static final Pattern NOTE_OF_THE_SENTENCE = Pattern.compile("^(?!.*记者)(?:.*\\d|.*(?:牵头|责任|负责|完成))");

    /** How long a note in brackets after a full stop may be (a limit, a lead body: (牵头单位:市卫生健康委)). */
    private static final int MAX_NOTE = 40;

    /**
     * Where a note in brackets that closes its line right after a sentence's end ends, or -1: 公布。(2019年10月底前完成)
     * says when or by whom of the sentence before it.
     */
    private static int trailingNoteEnd(String text, int from) {
        int open = from;
        while (open < text.length() && text.charAt(open) == ' ') open++;
        if (open >= text.length() || text.charAt(open) != '(' && text.charAt(open) != '（') return -1;
        for (int j = open + 1; j < text.length() && j <= open + MAX_NOTE; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '。' || c == '(' || c == '（') return -1;
            if (c == ')' || c == '）') {
                int after = j + 1;
                while (after < text.length() && text.charAt(after) == ' ') after++;
                boolean closesLine = after >= text.length() || text.charAt(after) == '\n';
                return closesLine && NOTE_OF_THE_SENTENCE.matcher(text).region(open, j).find() ? j + 1 : -1;
            }
        }
        return -1;
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
