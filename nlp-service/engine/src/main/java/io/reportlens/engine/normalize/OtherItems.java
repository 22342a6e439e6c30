package io.reportlens.engine.normalize;

import io.reportlens.engine.text.WordList;

import java.util.List;
import java.util.Set;

/**
 * Where a portal's list of other items begins after the article (新闻推荐, 相关新闻, 猜你喜欢 on a line of their own):
 * the teasers under such a heading tell other stories, with their own years, places and figures. The headings are
 * {@code other-items-headings.txt}.
 */
final class OtherItems {

    private static final Set<String> HEADINGS = Set.copyOf(WordList.load(OtherItems.class, "other-items-headings.txt"));
    /** A line the article's body has: a sentence closed by 。 with this many characters at least. */
    private static final int MIN_BODY_LINE = 30;

    private OtherItems() {
    }

    /** The index of the heading that starts the list of other items, or -1 when there is none after a body line. */
    static int start(List<String> lines) {
        boolean bodyBegun = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (bodyBegun && isHeading(line)) {
                return i;
            }
            bodyBegun |= line.length() >= MIN_BODY_LINE && line.indexOf('。') >= 0;
        }
        return -1;
    }

    private static boolean isHeading(String line) {
        String bare = line.endsWith(":") || line.endsWith("：") ? line.substring(0, line.length() - 1).strip() : line;
        return HEADINGS.contains(bare);
    }
}
