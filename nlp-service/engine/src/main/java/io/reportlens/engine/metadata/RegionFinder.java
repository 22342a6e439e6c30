package io.reportlens.engine.metadata;

import io.reportlens.engine.text.Lexicon;
import io.reportlens.engine.text.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The area a report governs, read from wherever the text names it: weighed evidence for each place
 * named, the strongest being where a report names its own area — its title or headline, a body it
 * names (清远市卫生健康局, 秀英卫监所), 健康X (the province's or city's own health campaign), a place that
 * 召开 a meeting — then every plain mention. A place named only as where a meeting was held
 * (在兰州召开), or inside the title of another document it cites (《健康辽宁2030》), is no evidence, unless the
 * cited document is of the report's own level (全县 and 《竹山县…清单》): then it is a plain mention.
 * When the report's scope words (全市, 我县, 全区…) say what its area's name ends with, the places that
 * end so count double, and the best of them wins. A place needs {@value #MIN_EVIDENCE} of evidence from a strong context or two
 * mentions: otherwise the region is left unknown rather than guessed from one passing mention.
 */
final class RegionFinder {

    private static final double MIN_EVIDENCE = 2.0;
    private static final double TITLE = 4;
    private static final double NAMES_A_BODY = 3;
    private static final double OWN_CAMPAIGN = 3;
    private static final double CONVENES = 3;
    private static final int MAX_PLAIN_MENTIONS = 4;

    private static final Lexicon BODIES = new Lexicon(bodyWords());
    /** Words that name the report's own area without its name (本港, 本澳): {@code self-names.tsv}. */
    private static final Map<String, String> SELF_NAMES = selfNames();
    private static final Lexicon SELF_NAME_WORDS = new Lexicon(SELF_NAMES.keySet());
    private static final String[] CONVENING = WordList.group(RegionFinder.class, "region-context.tsv", "convening");
    private static final String[] VISITING = WordList.group(RegionFinder.class, "region-context.tsv", "visiting");
    /** A place's own daily (来源:梅州日报): local news of 全市 work comes from the place's paper. */
    private static final String[] NEWSPAPERS = WordList.group(RegionFinder.class, "region-context.tsv", "newspapers");
    /** What follows a place's name in the name of its government's news account (五华发布). */
    private static final String[] ACCOUNTS = WordList.group(RegionFinder.class, "region-context.tsv", "accounts");
    private static final double OWN_PAPER = 2;
    /** A headline opening on its place (石柱:…). */
    private static final double HEADLINE_PLACE = 2;
    private static final int MAX_VISIT_REACH = 80;
    /** The sector a place's own health work is named by: 巫溪卫生健康事业, 武陵卫生计生事业. */
    private static final String[] OWN_SECTOR = WordList.group(RegionFinder.class, "region-context.tsv", "own-sector");

    private final Gazetteer gazetteer;
    private final PlaceMentions places;

    RegionFinder(Gazetteer gazetteer, PlaceMentions places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /**
     * @param title    the report's title, or null
     * @param headline the first line of the text (a news item's headline), or null
     */
    Division find(String text, String title, String headline) {
        RegionResolver resolver = new RegionResolver(gazetteer, text);
        Map<Division, Double> titled = new HashMap<>();
        List<Division> titledInFull = new ArrayList<>();
        for (String heading : new String[]{title, headline == null || headline.equals(title) ? null : headline}) {
            if (heading != null) {
                for (PlaceMentions.Mention m : places.in(heading)) {
                    Division d = resolver.choose(m.divisions(), heading.substring(0, m.start()));
                    Division host = hostOfOwnMeeting(heading, m, d, resolver.ending());
                    if (host != null) d = host; // 2014年全省卫生工作会议在成都市召开: the province's meeting
                    if (!m.shortForm() || d.level().equals("province") || isOwnCampaign(heading, m)) {
                        titled.merge(d, TITLE, Double::sum);
                    }
                    if (!m.shortForm()) {
                        titledInFull.add(d); // 健康龙江 may be a province's campaign or a county's: only a full name is sure
                    }
                }
            }
        }
        String scoped = resolver.ending();
        // 儋州市…规划 citing 全省 or 省委、省政府: the title names the area; scope words of the level above it speak of
        // its superiors, and a lone one says nothing
        boolean overruled = scoped != null && titledInFull.stream()
                .anyMatch(d -> !Scope.fits(d, scoped) && (!Scope.isFirm(text) || isBelowLevel(d, Scope.level(scoped))));
        String ending = overruled ? null : scoped;
        Map<Division, Double> evidence = new HashMap<>();
        Map<Division, Integer> plain = new HashMap<>();
        Map<Division, Boolean> strong = new HashMap<>();
        for (PlaceMentions.Mention m : places.in(text)) {
            Division d = resolver.choose(m.divisions(), text.substring(Math.max(0, m.start() - gazetteer.longestName()), m.start()));
            Division host = hostOfOwnMeeting(text, m, d, ending);
            if (host != null) {
                evidence.merge(host, CONVENES, Double::sum);
                strong.put(host, true);
                continue;
            }
            double weight = weight(text, m, d, ending);
            if (weight <= 0) {
                continue;
            }
            if (weight > 1) {
                strong.put(d, true);
            } else if (plain.merge(d, 1, Integer::sum) > MAX_PLAIN_MENTIONS) {
                continue;
            }
            evidence.merge(d, weight, Double::sum);
        }
        for (Lexicon.Hit hit : SELF_NAME_WORDS.all(text)) {
            for (Division d : gazetteer.named(SELF_NAMES.get(hit.word()))) {
                evidence.merge(d, NAMES_A_BODY, Double::sum);
                strong.put(d, true);
            }
        }
        titled.forEach((d, weight) -> {
            evidence.merge(d, weight, Double::sum);
            strong.put(d, true);
        });
        // one plain mention is enough only for a place whose name ends as the scope words say
        evidence.keySet().removeIf(d -> !strong.containsKey(d) && plain.getOrDefault(d, 0) < 2 && !Scope.fits(d, ending));
        if (Scope.addressesCounties(text)) {
            // 会议要求,各县(市、区)要…: the area has counties under it; a county named (沁阳市卫生健康委 speaking at the
            // meeting) is one of them, unless a title names it
            evidence.keySet().removeIf(d -> Scope.isCountyLevel(d) && !titled.containsKey(d));
        }
        Division best = best(evidence, ending, d -> Scope.fits(d, ending));
        return best != null ? best : best(evidence, ending, d -> true);
    }

    private static Map<String, String> selfNames() {
        Map<String, String> names = new HashMap<>();
        for (String[] row : WordList.loadTable(RegionFinder.class, "self-names.tsv")) {
            names.put(row[0], row[1].strip());
        }
        return names;
    }

    /** The place with the most evidence among those {@code eligible}, at least {@value #MIN_EVIDENCE}; the lower of a tie. */
    private Division best(Map<Division, Double> evidence, String ending, Predicate<Division> eligible) {
        Division best = null;
        double bestScore = 0;
        for (Map.Entry<Division, Double> e : evidence.entrySet()) {
            if (!eligible.test(e.getKey())) {
                continue;
            }
            double score = e.getValue() * (Scope.fits(e.getKey(), ending) ? 2 : 1);
            if (score > bestScore || score == bestScore && best != null && isBelow(e.getKey(), best)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return bestScore >= MIN_EVIDENCE ? best : null;
    }

    /** The weight of one mention, 0 when it is no evidence of the report's own area. */
    private double weight(String text, PlaceMentions.Mention m, Division d, String ending) {
        if (isVenue(text, m)) {
            // 全市卫生工作会议在宣城召开: the area's own meeting, held in the area its scope word names
            // (a city's meeting held in a county-level city under it, 全市…在仁怀召开, names the host, not the area)
            return Scope.fits(d, ending) && d.level().equals(Scope.level(ending)) && ownMeetingBefore(text, m.start(), ending)
                    ? CONVENES : 0;
        }
        if (isVisited(text, m.start())) {
            return 0;
        }
        if (insideCitedTitle(text, m.start())) {
            // 据《澳门日报》报道: a place's own paper is the news's source, not a document it cites, unless the scope
            // words say the area is of another level (全县 beside 《澳门日报》); 《健康辽宁2030》 cites a plan from above;
            // 《竹山县2024年…清单》 beside 全县 is the area's own document
            if (startsWithAny(text, m.end(), NEWSPAPERS) && (ending == null || Scope.fits(d, ending))) return OWN_PAPER;
            return !m.shortForm() && Scope.fits(d, ending) ? 1 : 0;
        }
        boolean namesBody = m.end() < text.length() && BODIES.wordAt(text, m.end()) != null;
        boolean ownCampaign = isOwnCampaign(text, m);
        boolean convenes = startsWithAny(text, m.end(), CONVENING);
        boolean ownPaper = startsWithAny(text, m.end(), NEWSPAPERS) || isOwnAccount(text, m);
        double context = (namesBody ? NAMES_A_BODY : 0) + (ownCampaign ? OWN_CAMPAIGN : 0) + (convenes ? CONVENES : 0)
                + (ownPaper ? OWN_PAPER : 0) + (headsAHeadline(text, m) ? HEADLINE_PLACE : 0);
        if (context > 0) {
            return context;
        }
        if (!m.shortForm()) {
            return 1;
        }
        // a short name alone is a common word too often below the prefecture level (和平, 城中, 顺利通过),
        // unless it names the area's own health work (巫溪卫生健康事业)
        return switch (d.level()) {
            case "province" -> 0.7;
            case "city" -> 0.5;
            default -> startsWithAny(text, m.end(), OWN_SECTOR) ? 1 : 0;
        };
    }

    /** 石柱:健康扶贫"把脉开方": a headline that opens on its place and a colon says where the news is from. */
    private static boolean headsAHeadline(String text, PlaceMentions.Mention m) {
        if (m.start() > 0 && text.charAt(m.start() - 1) != '\n' || m.end() >= text.length()
                || text.charAt(m.end()) != ':' && text.charAt(m.end()) != '：') {
            return false;
        }
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(m.start(), lineEnd < 0 ? text.length() : lineEnd);
        return NewsLead.isHeadlineShaped(line);
    }

    /**
     * 健康泸州行动, 推进健康中国、健康浙江建设: the area's own health campaign; but in a run of slogans
     * (健康惠民、健康为民、健康乐民) whose other items name no place, 健康 + a word that is also a place is a slogan.
     */
    private boolean isOwnCampaign(String text, PlaceMentions.Mention m) {
        if (isGenericName(m)) return false; // 健康城区, 健康社区: a kind of place, not a place
        int own = m.start() - "健康".length();
        if (own < 0 || !text.startsWith("健康", own)) return false;
        int next = m.end() + "、健康".length();
        if (text.startsWith("、健康", m.end()) && next < text.length() && !namesAPlace(text, next)) return false;
        int comma = own - 1;
        int previous = comma > 0 && text.charAt(comma) == '、' ? text.lastIndexOf("健康", comma - 1) : -1;
        // the item before: 健康 and a word of two or three characters
        return !(previous >= 0 && comma - previous - 2 <= 3 && !namesAPlace(text, previous + 2));
    }

    /** 城区, 郊区, 矿区: a two-character full name below the province, which is also a common noun. */
    private static boolean isGenericName(PlaceMentions.Mention m) {
        return m.name().length() <= 2 && m.divisions().stream().allMatch(d -> d.name().equals(m.name()) && !d.level().equals("province"));
    }

    /** A place of the gazetteer, or the nation whose campaign (健康中国) the local ones follow. */
    private boolean namesAPlace(String text, int at) {
        return text.startsWith("中国", at) || places.nameAt(text, at) != null;
    }

    /** 来源:五华发布: the news came from the area's own government account, as from its own paper. */
    private static boolean isOwnAccount(String text, PlaceMentions.Mention m) {
        return text.startsWith("来源:", m.start() - 3) && startsWithAny(text, m.end(), ACCOUNTS); // the colon is folded
    }

    /** Inside 《…》 on the same line: the title of a document the report cites. */
    private static boolean insideCitedTitle(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i <= 60; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** 考察了夹江县妇幼保健院、峨眉山市…: a place visited in the same clause is a stop of a visit, not the report's own area. */
    private static boolean isVisited(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i <= MAX_VISIT_REACH; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '。' || c == ';' || c == '；' || c == ':' || c == '\n') {
                return false;
            }
            for (String verb : VISITING) {
                if (text.startsWith(verb, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 全省卫生工作会议在昆明举行: the area's own meeting held in a place below it (its capital, a city of it) is the
     * meeting of the place's division at the scope words' level; null when the mention is no such venue.
     */
    private Division hostOfOwnMeeting(String text, PlaceMentions.Mention m, Division d, String ending) {
        String level = Scope.level(ending);
        if (level == null || !isBelowLevel(d, level) || !isVenue(text, m) || !ownMeetingBefore(text, m.start(), ending)) return null;
        Division up = d;
        while (up != null && isBelowLevel(up, level)) up = gazetteer.parent(up);
        return up != null && up.level().equals(level) ? up : null;
    }

    /** How far before its venue a meeting's own scope word (全市…会议在X召开) may stand. */
    private static final int OWN_MEETING_REACH = 30;

    /** Whether the clause before a venue names a meeting of the report's own scope: 全市卫生工作会议 (全 + the ending). */
    private static boolean ownMeetingBefore(String text, int venue, String ending) {
        int from = Math.max(0, venue - OWN_MEETING_REACH);
        String before = text.substring(from, venue);
        int cut = Math.max(Math.max(before.lastIndexOf('。'), before.lastIndexOf(',')), before.lastIndexOf('\n'));
        String clause = before.substring(cut + 1);
        return clause.contains("全" + ending) && clause.contains("会");
    }

    /** 在兰州召开: where a meeting was held, not whose meeting it was. */
    private static boolean isVenue(String text, PlaceMentions.Mention m) {
        if (m.start() == 0 || text.charAt(m.start() - 1) != '在') {
            return false;
        }
        int to = Math.min(text.length(), m.end() + 3);
        for (String w : CONVENING) {
            if (text.indexOf(w, m.end()) >= 0 && text.indexOf(w, m.end()) < to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a division is of a level below {@code level} (a city below a province's). */
    private static boolean isBelowLevel(Division d, String level) {
        return Scope.rankOf(d.level()) < Scope.rankOf(level);
    }

    private boolean isBelow(Division a, Division b) {
        return !a.code().equals(b.code()) && gazetteer.within(a, b);
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bodyWords() {
        List<String> words = new ArrayList<>(WordList.load(RegionFinder.class, "health-bodies.txt"));
        words.addAll(WordList.load(RegionFinder.class, "government-bodies.txt"));
        words.add("政府");
        return words;
    }
}
