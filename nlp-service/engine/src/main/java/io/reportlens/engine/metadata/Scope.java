package io.reportlens.engine.metadata;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a report speaks of its own area (全市, 我县, 区委…): the ending of its area's name those words
 * stand for (市, 县, 区, 省, 旗, 州), by the weight of them ({@code scope-words.tsv}).
 */
final class Scope {

    private static final Map<String, String> ENDING_OF = new HashMap<>();
    private static final Map<String, Integer> WEIGHT_OF = new HashMap<>();
    private static final Lexicon WORDS;
    /** Less weight than this says nothing about the report's own area. */
    private static final int MIN_WEIGHT = 2;

    static {
        for (String[] row : WordList.loadTable(Scope.class, "scope-words.tsv")) {
            ENDING_OF.put(row[0], row[1].strip());
            WEIGHT_OF.put(row[0], Integer.parseInt(row[2].strip()));
        }
        WORDS = new Lexicon(ENDING_OF.keySet());
    }

    private Scope() {
    }

    /**
     * The ending most of the text's scope words stand for, or null when they are too few or tie. Words of leadership
     * (市委, 市政府) of a level above the one the area words (全县, 我县, 本县) say are the report's superiors (在市委、
     * 市政府的正确领导下): they do not outweigh the area words.
     */
    static String ending(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> areaCounts = new HashMap<>();
        for (Lexicon.Hit hit : WORDS.all(text)) {
            String ending = ENDING_OF.get(hit.word());
            counts.merge(ending, WEIGHT_OF.get(hit.word()), Integer::sum);
            if (isAreaWord(hit.word())) {
                areaCounts.merge(ending, WEIGHT_OF.get(hit.word()), Integer::sum);
            }
        }
        String area = best(areaCounts);
        String all = best(counts);
        if (area != null && all != null && !area.equals(all) && areaCounts.get(area) >= MIN_WEIGHT && rank(all) > rank(area)) {
            return area;
        }
        return all == null || counts.get(all) < MIN_WEIGHT && counts.size() != 1 ? null : all;
    }

    /** 全县, 我县, 本县: words for the area itself, not for its leadership. */
    private static boolean isAreaWord(String word) {
        char first = word.charAt(0);
        return first == '全' || first == '我' || first == '本';
    }

    /** How high a level an ending names: a province above a city above a county or district. */
    private static int rank(String ending) {
        return rankOf(level(ending));
    }

    /** 各县(市、区), 各区县, 各县市区: a text addressing the counties under its area. */
    private static final Pattern ADDRESSES_COUNTIES = Pattern.compile(
            "各(?:(?:县|区)\\s?[(（](?:市|区|县)[、,，]?(?:区|县|市)?[)）]|区县|县区|县市区)");

    /** Whether the text addresses the counties under its area (会议要求,各县(市、区)要…): its area is above them. */
    static boolean addressesCounties(String text) {
        return ADDRESSES_COUNTIES.matcher(text).find();
    }

    static boolean isCountyLevel(Division d) {
        return d.level().equals("county") || d.level().equals("district");
    }

    /** How high an administrative level stands: province 3, city 2, district or county 1; no level 0. */
    static int rankOf(String level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case "province" -> 3;
            case "city" -> 2;
            default -> 1;
        };
    }

    /** The ending with the most weight, or null when none or tied. */
    private static String best(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie || bestCount == 0 ? null : best;
    }

    /** Whether the text's scope words weigh enough to say its area's ending, not only one word standing alone. */
    static boolean isFirm(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Lexicon.Hit hit : WORDS.all(text)) {
            counts.merge(ENDING_OF.get(hit.word()), WEIGHT_OF.get(hit.word()), Integer::sum);
        }
        return counts.values().stream().anyMatch(c -> c >= MIN_WEIGHT);
    }

    /** Whether a division's name ends as the scope says: 全区 fits 番禺区 and 内蒙古自治区. */
    static boolean fits(Division d, String ending) {
        return ending != null && d.name().endsWith(ending);
    }

    /** The administrative level a scope ending stands for when no place is named. */
    static String level(String ending) {
        if (ending == null) {
            return null;
        }
        return switch (ending) {
            case "省" -> "province";
            case "市", "州" -> "city";
            case "区" -> "district";
            case "县", "旗" -> "county";
            default -> null;
        };
    }
}
