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
 * ({@code 鍗敓鍋ュ悍}). Such runs of uncommon characters are dropped (see {@link #rareRunLength}); so is {@code 锟斤拷}, replacement characters that went through that mistake.
 */
final class MojibakeFilter {

    private static final int MAX_SHORT_RUN = 8;
    private static final int MIN_RARE_RUN = 4;
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
        while (i < line.length()) {
            char c = line.charAt(i);
            int rare = rareRunLength(line, i);
            if (c == '\uFFFD') {
                i++;
            } else if (rare >= MIN_RARE_RUN) {
                i += rare;
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
            rare = isUncommon(c) ? rare + 1 : 0;
            if (rare >= MIN_RARE_RUN / 2 && rareRunLength(line, i - rare + 1) > 0) {
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
            if (isGarbleSymbol(line.charAt(j)) || TONE_LETTERS.indexOf(line.charAt(j)) >= 0) {
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
     * The length of the garbage starting at {@code i}, or 0: a run of uncommon characters (rare,
     * Traditional-only, kana or garble symbols, bridging single everyday characters between them) at least
     * {@link #MIN_RARE_RUN} long, at least half of it rare characters, kana or symbols. A run of Traditional
     * words alone is real text in the other script, not garbage.
     */
    private static int rareRunLength(String line, int i) {
        if (!isUncommon(line.charAt(i)) || i > 0 && isUncommon(line.charAt(i - 1))) {
            return 0;
        }
        int j = i;
        int rare = 0;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (isUncommon(c)) {
                rare += isRare(c) ? 1 : 0;
                j++;
            } else if (j + 1 < line.length() && Chars.isHan(c) && isUncommon(line.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j - i >= MIN_RARE_RUN && rare * 2 >= j - i ? j - i : 0;
    }

    private static boolean isUncommon(char c) {
        return isRare(c) || ScriptConverter.isTraditionalOnly(c);
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
        return TONE_LETTERS.indexOf(line.charAt(i)) >= 0 && i > 0 && Chars.isHan(line.charAt(i - 1));
    }
}
