package io.reportlens.engine.normalize;

/**
 * Drops runs of mis-decoded bytes from a line and keeps the readable rest.
 *
 * <p>When GBK bytes are decoded one byte off (a lost or extra byte), every following pair is read
 * wrongly: the result is a string of symbols from GBK's punctuation rows (bopomofo, box drawing,
 * tone-marked pinyin letters) and odd characters, until the decoder meets an ASCII byte it reads on
 * its own and is back in step. A run therefore starts at a lost byte ('?') or at one of those
 * symbols and ends at the next ASCII character; an ASCII letter there is the orphan half of a
 * broken pair and goes too. Replacement characters (U+FFFD) are single lost characters.
 *
 * <p>UTF-8 read as GBK gives the other kind of garbage: runs of rare characters and kana
 * ({@code 鍗敓鍋ュ悍}). Such runs of rare characters are dropped (see {@link #rareRunEnd}); so is {@code 锟斤拷}, replacement characters that went through that mistake.
 */
final class MojibakeFilter {

    private static final int MAX_SHORT_RUN = 8;
    private static final int MIN_RARE_RUN = 4;
    private static final int MIN_RARE_CHARACTERS = 3;
    private static final int MAX_BRIDGE = 2;
    private static final String REENCODED_REPLACEMENT = "锟斤拷";
    private static final String TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";

    private MojibakeFilter() {
    }

    static String clean(String line) {
        if (line.contains(REENCODED_REPLACEMENT)) {
            line = line.replace(REENCODED_REPLACEMENT, "");
        }
        if (!hasTrigger(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        int judgedUpTo = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int rareEnd = i >= judgedUpTo && isRare(c) ? rareRunEnd(line, i) : -1;
            if (rareEnd > i) {
                judgedUpTo = rareEnd;
            }
            if (c == '\uFFFD') {
                i++;
            } else if (rareEnd > i && isGarbage(line, i, rareEnd)) {
                i = rareEnd;
            } else if (startsRun(line, i)) {
                trimTrailingLostBytes(out);
                i = endOfRun(line, i + 1);
                if (out.isEmpty()) {
                    i = skipSeparators(line, i);
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasTrigger(String line) {
        int rare = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isRare(c) && ++rare >= MIN_RARE_CHARACTERS) {
                return true;
            }
            if (c == '\uFFFD' || c == '?' || isGarbleSymbol(c) || isStrayToneLetter(line, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsRun(String line, int i) {
        char c = line.charAt(i);
        if (c == '?') {
            return isLostByte(line, i) && looksGarbled(line, i + 1);
        }
        return isGarbleSymbol(c) || isStrayToneLetter(line, i);
    }

    /** A '?' standing for a byte the decoder could not map: between non-ASCII text, not a question mark. */
    private static boolean isLostByte(String line, int i) {
        boolean before = i == 0 || line.charAt(i - 1) > 0x7F || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '?';
        return before && i + 1 < line.length() && (line.charAt(i + 1) > 0x7F || line.charAt(i + 1) == '?');
    }

    /** The text up to the next ASCII character holds a garble symbol, or is short and ends at an orphan trail byte. */
    private static boolean looksGarbled(String line, int from) {
        int j = from;
        while (j < line.length() && line.charAt(j) > 0x7F) {
            if (isGarbleSymbol(line.charAt(j)) || isToneLetter(line.charAt(j))) {
                return true;
            }
            j++;
        }
        return j < line.length() && j - from <= MAX_SHORT_RUN && isOrphanTrailByte(line.charAt(j));
    }

    /**
     * Where the run ends: at the first ASCII character, which the decoder read on its own. A letter
     * there is the orphan second byte of a broken pair and goes with the run; punctuation, digits
     * and spaces are real text and stay.
     */
    private static int endOfRun(String line, int from) {
        int j = from;
        while (j < line.length() && (line.charAt(j) > 0x7F || line.charAt(j) == '?')) {
            j++;
        }
        return j < line.length() && isOrphanTrailByte(line.charAt(j)) ? j + 1 : j;
    }

    /**
     * Where the run of rare characters starting at {@code i} ends: rare characters (not everyday,
     * not Traditional; kana; garble symbols) with at most {@link #MAX_BRIDGE} other Chinese
     * characters between them.
     */
    private static int rareRunEnd(String line, int i) {
        int lastRare = i;
        for (int k = i + 1; k < line.length() && k - lastRare <= MAX_BRIDGE + 1; k++) {
            char c = line.charAt(k);
            if (isRare(c)) {
                lastRare = k;
            } else if (!Chars.isHan(c)) {
                break;
            }
        }
        return lastRare + 1;
    }

    /** A run is garbage when it is long enough and at least half of it is rare. A run of Traditional words is real text. */
    private static boolean isGarbage(String line, int from, int to) {
        int rare = 0;
        for (int k = from; k < to; k++) {
            rare += isRare(line.charAt(k)) ? 1 : 0;
        }
        return to - from >= MIN_RARE_RUN && rare >= MIN_RARE_CHARACTERS && rare * 2 >= to - from;
    }

    private static boolean isRare(char c) {
        boolean rareHan = Chars.isHan(c) && !CommonCharacters.isCommon(c) && !ScriptConverter.isTraditionalOnly(c);
        return rareHan || (c >= '\u3040' && c <= '\u30FF') || isGarbleSymbol(c);
    }

    /** ASCII from 0x40 up can be the second byte of a GBK pair. */
    private static boolean isOrphanTrailByte(char c) {
        return c >= 0x40 && c < 0x7F;
    }

    /** A line no longer opens with the comma or space that followed its lost beginning. */
    private static int skipSeparators(String line, int i) {
        while (i < line.length() && ",;:. ".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void trimTrailingLostBytes(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '?') {
            out.setLength(out.length() - 1);
        }
    }

    /** Symbols from GBK's punctuation rows that real report prose does not use. */
    private static boolean isGarbleSymbol(char c) {
        return (c >= '\u3105' && c <= '\u312F')      // bopomofo
                || (c >= '\u2500' && c <= '\u257F')  // box drawing
                || (c >= '\uE000' && c <= '\uF8FF'); // private use
    }

    /** A tone-marked pinyin letter glued to a Chinese character, outside a pinyin annotation. */
    private static boolean isStrayToneLetter(String line, int i) {
        return isToneLetter(line.charAt(i)) && i > 0 && Chars.isHan(line.charAt(i - 1));
    }

    private static boolean isToneLetter(char c) {
        return c >= '\u00E0' && c <= '\u01DC' && TONE_LETTERS.indexOf(c) >= 0;
    }
}
