package io.reportlens.engine.normalize;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Advertising injected by reposting sites: contact details in parentheses spliced into a sentence
 * ({@code (代写文章:微信:13258028938)}), whole lines promoting an account, the gambling and pornography
 * titles of link farms ({@code spam-lines.txt}) and the brand names they splice into copied text,
 * sometimes in place of a place name ({@code spam-inserts.txt}).
 */
final class SpamFilter {

    private static final List<String> CHANNELS = List.of(WordList.group(SpamFilter.class, "spam-contacts.tsv", "channels"));
    private static final List<String> PITCHES = List.of(WordList.group(SpamFilter.class, "spam-contacts.tsv", "pitches"));
    private static final int MAX_INLINE = 40;
    private static final int MIN_CONTACT_DIGITS = 5;

    private static final Lexicon INSERTS = WordList.lexicon(SpamFilter.class, "spam-inserts.txt");
    /** 1xbet体育, ob娱乐官网: Latin letters (and digits) glued to a gambling word. */
    private static final Pattern LATIN_BRAND = Pattern.compile("(?<![A-Za-z0-9])[0-9]{0,3}[A-Za-z][A-Za-z0-9]{0,15}(?:"
            + String.join("|", WordList.load(SpamFilter.class, "spam-brand-words.txt")) + ")(?:官网|官方网站|平台|[Aa][Pp][Pp])?");
    private static final Map<String, Integer> LINE_WORDS = new HashMap<>();
    private static final Lexicon LINE_LEXICON;
    private static final int SPAM_WEIGHT = 2;

    static {
        for (String[] row : WordList.loadTable(SpamFilter.class, "spam-lines.txt")) {
            LINE_WORDS.put(row[0], Integer.parseInt(row[1].strip()));
        }
        LINE_LEXICON = new Lexicon(LINE_WORDS.keySet());
    }

    private SpamFilter() {
    }

    /** Removes link-farm brand names spliced into the text (华体会体育近日,… → 近日,…; 深化综合医1xbet体育改 → 深化综合医改). */
    static String removeInserts(String line) {
        String text = withoutLatinBrands(line);
        Lexicon.Hit hit = INSERTS.first(text, 0, text.length());
        if (hit == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; hit != null; hit = INSERTS.first(text, hit.end(), text.length())) {
            out.append(text, copied, hit.start());
            copied = hit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String withoutLatinBrands(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return LATIN_BRAND.matcher(line).replaceAll("");
            }
        }
        return line; // no Latin letter, no such brand
    }

    /** A link farm's title line: gambling or pornography words and no sentence of the report. */
    static boolean isLinkFarmLine(String line) {
        if (line.indexOf('。') >= 0) {
            return false;
        }
        int weight = 0;
        for (Lexicon.Hit hit : LINE_LEXICON.all(line)) {
            weight += LINE_WORDS.get(hit.word());
        }
        return weight >= SPAM_WEIGHT;
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
        return isLinkFarmLine(line)
                || line.length() <= 120 && line.indexOf('。') < 0 && (isAdvertising(line) || line.contains("领取福利"));
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
