package io.reportlens.engine.normalize;

import io.reportlens.engine.sections.HeadingMarker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines that a PDF or DOCX conversion broke at a fixed width back into their paragraphs.
 *
 * <p>A converted page wraps every line of a paragraph at about the same width and only the last
 * line of a paragraph is shorter. So when several lines that do not end a sentence share one width,
 * that width is the page's, and a line of about that width that does not end a sentence continues
 * on the next line. Only prose counts: a line with a comma, a full stop, a semicolon, an enumeration comma
 * or the close of a citation in it, ending in a Chinese character or a digit (titles, bylines and record
 * fields are never joined). A line
 * ending in a comma or an enumeration comma, or inside a document's name in 《》, always continues. A line never continues into a heading,
 * a list item, a table row or a date on its own line.
 */
final class LineJoiner {

    private static final String TERMINALS = "。！？!?；;：:…”’」』)）|】";
    private static final String CONTINUING = ",、，";
    /** Marks of running prose (a title or a byline has none): clause marks, and those of a list or a citation. */
    private static final String PROSE_MARKS = ",。;、》”";
    private static final String ITEM_STARTS = "•●■◆▲①②③④⑤⑥⑦⑧⑨⑩【—第";
    /** 一是…, 二要…: the items of an enumeration, each on a line of its own. */
    private static final Pattern ENUMERATED_ITEM = Pattern.compile("[一二三四五六七八九十]{1,2}[是要](?![求素点])");
    /** 2021年01月11日 on a line of its own: the date under a signature or a byline, never a wrapped line's rest. */
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})");
    /** 党组书记、局长 叶明文: a name set apart by a space at the end of a line signs it; prose has no such space. */
    private static final Pattern SIGNED_NAME = Pattern.compile(" \\p{IsHan}{2,4}$");
    /** How much of a document's name in 《》 a line may end on and still be a name wrapped apart. */
    private static final int MAX_OPEN_TITLE = 40;
    private static final int MIN_WRAPPED_WIDTH = 30;
    private static final int MIN_WRAPPED_LINES = 3;
    private static final double WIDTH_TOLERANCE = 0.15;

    private LineJoiner() {
    }

    static List<String> join(List<String> lines) {
        int wrapWidth = wrapWidth(lines);
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder paragraph = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (paragraph == null) {
                paragraph = new StringBuilder(line);
            } else {
                appendWrapped(paragraph, line);
            }
            boolean continues = i + 1 < lines.size() && continues(line, wrapWidth) && !startsItem(lines.get(i + 1));
            if (!continues) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        return out;
    }

    private static void appendWrapped(StringBuilder paragraph, String line) {
        char last = paragraph.charAt(paragraph.length() - 1);
        // English words wrapped apart get their space back; a number wrapped apart (17.89/1|0万) does not
        if (isAsciiLetter(last) && isAsciiLetter(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean continues(String line, int wrapWidth) {
        if (line.indexOf('|') >= 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (CONTINUING.indexOf(last) >= 0 || endsInDecimalPoint(line) || endsInsideATitle(line)) {
            return true;
        }
        return wrapWidth > 0 && isWrappedProse(line) && width(line) >= (1 - WIDTH_TOLERANCE) * wrapWidth;
    }

    /** 现将《某县 | 2024年…方案》印发给你们: a document's name in 《》 is never broken across paragraphs. */
    private static boolean endsInsideATitle(String line) {
        int open = line.lastIndexOf('《');
        return open >= 0 && open > line.lastIndexOf('》') && line.length() - open <= MAX_OPEN_TITLE;
    }

    /** 全区诊疗量85. | 78万人次: a number broken at its decimal point (Chinese prose never ends a sentence with "."). */
    private static boolean endsInDecimalPoint(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '.' && Character.isDigit(line.charAt(n - 2));
    }

    /** A line of prose that stops mid-clause: it holds a clause mark and ends in a character or digit. */
    private static boolean isWrappedProse(String line) {
        char last = line.charAt(line.length() - 1);
        boolean midClause = Character.isLetterOrDigit(last) && TERMINALS.indexOf(last) < 0 || endsInDecimalPoint(line);
        if (!midClause || SIGNED_NAME.matcher(line).find()) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (PROSE_MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsItem(String next) {
        return HeadingMarker.level(next) > 0 || ITEM_STARTS.indexOf(next.charAt(0)) >= 0 || next.indexOf('|') >= 0
                || ENUMERATED_ITEM.matcher(next).lookingAt() || DATE_LINE.matcher(next).matches();
    }

    /**
     * The width the text was wrapped at: the median width of the prose lines that stop mid-clause,
     * when at least three of them lie within 15 % of it; else 0 (the text is not wrapped).
     */
    private static int wrapWidth(List<String> lines) {
        int[] widths = lines.stream().filter(LineJoiner::isWrappedProse)
                .mapToInt(LineJoiner::width).filter(w -> w >= MIN_WRAPPED_WIDTH).sorted().toArray();
        if (widths.length < MIN_WRAPPED_LINES) {
            return 0;
        }
        int median = widths[widths.length / 2];
        long near = Arrays.stream(widths).filter(w -> Math.abs(w - median) <= WIDTH_TOLERANCE * median).count();
        return near >= MIN_WRAPPED_LINES && near * 2 >= widths.length ? median : 0;
    }

    /** Display width: a Chinese character or full-width sign counts two, anything else one. */
    static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) >= '\u2E80' ? 2 : 1;
        }
        return w;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
