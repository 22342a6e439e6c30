package io.reportlens.engine.commitments;

/** Small counts written in Chinese or Arabic digits (一 … 九十九). */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value, or -1 when the text is not a small number. */
    static int parseSmall(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.isEmpty() ? -1 : Integer.parseInt(s);
        }
        s = s.replace('两', '二');
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
