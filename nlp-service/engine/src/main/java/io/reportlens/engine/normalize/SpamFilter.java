package io.reportlens.engine.normalize;

import java.util.List;

/**
 * Advertising injected by reposting sites: contact details in parentheses spliced into a sentence
 * ({@code (代写文章:微信:13258028938)}) and whole lines promoting an account.
 */
final class SpamFilter {

    private static final List<String> CHANNELS = List.of("代写", "微信", "抖音", "QQ", "qq", "VX", "vx", "V信", "威信", "公众号", "快手");
    private static final List<String> PITCHES = List.of("代写", "账号", "扫码", "领取", "福利", "加我", "联系我", "关注我", "写作");
    private static final int MAX_INLINE = 40;
    private static final int MIN_CONTACT_DIGITS = 5;

    private SpamFilter() {
    }

    /** Removes parenthesized advertising spliced into a sentence. */
    static String removeInline(String line) {
        int open = line.indexOf('(');
        if (open < 0) {
            return line;
        }
        StringBuilder out = null;
        int copied = 0;
        while (open >= 0) {
            int close = line.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            if (close - open <= MAX_INLINE && isAdvertising(line.substring(open + 1, close))) {
                if (out == null) {
                    out = new StringBuilder(line.length());
                }
                out.append(line, copied, open);
                copied = close + 1;
            }
            open = line.indexOf('(', close + 1);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /** A line that only promotes an account or a give-away (never a sentence of the report). */
    static boolean isAdvertisingLine(String line) {
        return line.length() <= 120 && line.indexOf('。') < 0 && (isAdvertising(line) || line.contains("领取福利"));
    }

    private static boolean isAdvertising(String s) {
        return containsAny(s, CHANNELS) && (containsAny(s, PITCHES) || hasDigitRun(s));
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitRun(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= MIN_CONTACT_DIGITS) {
                return true;
            }
        }
        return false;
    }
}
