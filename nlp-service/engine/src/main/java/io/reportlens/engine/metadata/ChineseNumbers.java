package io.reportlens.engine.metadata;

/** Small whole numbers in Arabic digits, digit-by-digit Chinese (二〇二三) or counted Chinese (二十五). */
final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String t = s.replace('零', '〇');
        int ten = t.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (int i = 0; i < t.length(); i++) {
                value = value * 10 + digit(t.charAt(i));
            }
            return value;
        }
        int tens = ten == 0 ? 1 : digit(t.charAt(ten - 1));
        int units = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int d = c >= '0' && c <= '9' ? c - '0' : DIGITS.indexOf(c);
        if (d < 0) {
            throw new NumberFormatException("not a digit: " + c);
        }
        return d;
    }
}
