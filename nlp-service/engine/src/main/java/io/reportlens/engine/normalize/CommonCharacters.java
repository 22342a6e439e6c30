package io.reportlens.engine.normalize;

import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * The 3,755 characters of GB 2312's first level, the everyday characters of Simplified Chinese:
 * report prose is almost all made of them, while bytes decoded with the wrong charset come out as
 * rare characters instead.
 */
final class CommonCharacters {

    private static final int FIRST_LEVEL_FROM = 0xB0;
    private static final int FIRST_LEVEL_TO = 0xD7;
    private static final BitSet FIRST_LEVEL = firstLevel();

    private CommonCharacters() {
    }

    static boolean isCommon(char c) {
        return FIRST_LEVEL.get(c);
    }

    private static BitSet firstLevel() {
        Charset gb2312 = Charset.forName("GB2312");
        BitSet set = new BitSet(0x10000);
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            byte[] b = String.valueOf(c).getBytes(gb2312);
            int lead = b[0] & 0xFF;
            if (b.length == 2 && lead >= FIRST_LEVEL_FROM && lead <= FIRST_LEVEL_TO) {
                set.set(c);
            }
        }
        return set;
    }
}
