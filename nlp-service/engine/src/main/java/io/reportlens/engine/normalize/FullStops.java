package io.reportlens.engine.normalize;

/**
 * 请认真组织实施. / 提高到26%以上.城乡…: a half-width point after Chinese prose where a sentence ends, which some
 * converters and typists write for 。, is the full stop 。. A point between digits, after a list number, in an
 * ellipsis or inside a Latin name (方案.docx, www.gov.cn) stays. Run on content lines, after the spam filter,
 * whose patterns read the page as it came.
 */
final class FullStops {

    private FullStops() {
    }

    static String fold(String line) {
        if (line.indexOf('.') < 0) return line;
        char[] chars = line.toCharArray();
        boolean changed = false;
        for (int i = 1; i < chars.length; i++) {
            if (chars[i] == '.' && endsProse(chars, i)) {
                chars[i] = '。';
                changed = true;
            }
        }
        return changed ? new String(chars) : line;
    }

    private static boolean endsProse(char[] chars, int i) {
        char before = chars[i - 1];
        boolean afterProse = Chars.isHan(before) || before == '%' || before == '‰'
                || "）)”》".indexOf(before) >= 0 && i >= 2 && Chars.isHan(chars[i - 2]);
        if (!afterProse) return false;
        char next = i + 1 < chars.length ? chars[i + 1] : ' ';
        return next == ' ' || Chars.isHan(next) || next == '“' || next == '(' || next == '（';
    }
}
