package io.reportlens.engine.metadata;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A township's own report (the gazetteer stops at counties): the township named with its own bodies
 * (山泉镇党委、政府, 山泉镇计划生育协会, {@code township-bodies.txt}) at least twice, or once beside the
 * words by which a township speaks of itself (全镇, 我乡).
 */
final class Townships {

    private static final Lexicon BODIES = WordList.lexicon(Townships.class, "township-bodies.txt");
    private static final Pattern SELF = Pattern.compile("(?:全|我|本)(?:镇|乡)");
    /**
     * Characters that end a word with 镇 / 乡 that is no township's name: 城镇, 乡镇, 村镇, 集镇, 城乡; and
     * prepositions and particles, after which 镇 starts a word of its own (工作在镇党委领导下).
     */
    private static final String NOT_A_NAME_BEFORE = "城乡村集市县区省各每全该本我两三四五六七八九十个在的对向把被从及与为是于";
    /** A title that starts with a township's name: 虬津镇2023年卫健工作总结, 山泉乡卫生健康工作要点. */
    private static final Pattern TITLE_TOWNSHIP = Pattern.compile("^([\\u4e00-\\u9fff]{2,3}[镇乡])(?=\\d|[\\u4e00-\\u9fff]{2})");
    private static final int MIN_MENTIONS = 2;

    private Townships() {
    }

    /**
     * The township the text is the report of, e.g. 山泉镇, or null: the one its title starts with when the
     * text speaks of itself as a township (我镇), else the one named with its bodies.
     */
    static String find(String text, String title) {
        Matcher m = title == null ? null : TITLE_TOWNSHIP.matcher(title.strip());
        if (m != null && m.find()) {
            String name = m.group(1);
            char kind = name.charAt(name.length() - 1);
            boolean speaksAsIt = text.contains("我" + kind) || text.contains("全" + kind) || text.contains("本" + kind);
            if (speaksAsIt && NOT_A_NAME_BEFORE.indexOf(name.charAt(name.length() - 2)) < 0
                    && !name.contains("乡镇") && !name.contains("镇乡")) {
                return name;
            }
        }
        Map<String, Integer> named = new HashMap<>();
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '镇' && c != '乡') || i + 1 >= text.length() || BODIES.wordAt(text, i + 1) == null) {
                continue;
            }
            String name = nameEndingAt(text, i);
            if (name != null) {
                named.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            } else if (e.getValue() == bestCount) {
                best = null; // two townships alike: neither is the report's own
            }
        }
        if (best == null) {
            return null;
        }
        return bestCount >= MIN_MENTIONS || SELF.matcher(text).find() ? best : null;
    }

    /**
     * The name ending with the 镇 / 乡 at {@code end}: two characters before it, or three when the
     * longer form is written wherever the shorter one is (石门坎镇, never 门坎镇 alone).
     */
    private static String nameEndingAt(String text, int end) {
        char last = text.charAt(end - 1);
        char first = text.charAt(end - 2);
        if (!isHan(last) || !isHan(first) || NOT_A_NAME_BEFORE.indexOf(last) >= 0) {
            return null;
        }
        String two = text.substring(end - 2, end + 1);
        if (end >= 3 && isHan(text.charAt(end - 3)) && count(text, text.substring(end - 3, end + 1)) == count(text, two)
                && count(text, two) >= MIN_MENTIONS) {
            return text.substring(end - 3, end + 1);
        }
        return two;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
