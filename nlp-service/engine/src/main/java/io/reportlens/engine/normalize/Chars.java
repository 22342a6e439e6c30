package io.reportlens.engine.normalize;

/** Character classes the normalizer needs. */
public final class Chars {

    private Chars() {
    }

    /** A CJK unified ideograph of the basic block or extension A (all a report uses). */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** Whether {@code s} holds an ASCII digit. */
    public static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    public static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
