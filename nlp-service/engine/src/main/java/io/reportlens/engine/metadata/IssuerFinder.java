package io.reportlens.engine.metadata;

import io.reportlens.engine.normalize.Chars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health commission or bureau that issued the report, as written ({@code 六安市卫健委},
 * {@code 番禺区卫生健康局}), and the division it governs. Mentions in the title weigh most, then
 * those in the opening lines and the closing signature, then every other mention.
 */
final class IssuerFinder {

    record Issuer(String name, Division region) {
    }

    private static final List<String> BODIES = List.of(
            "卫生健康委员会", "卫生和计划生育委员会", "卫生健康委", "卫生健康局", "卫生计生委", "卫生计生局",
            "卫健委", "卫健局", "卫计委", "卫计局", "卫生局");
    private static final int MAX_PREFIX = 16;
    private static final int OPENING = 400;
    private static final int CLOSING = 200;

    private final Gazetteer gazetteer;

    IssuerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The issuer named in the text, else in a title that came from outside it. */
    Issuer find(String text, String title) {
        Issuer inText = findIn(text, title);
        return inText != null || title == null || text.contains(title) ? inText : findIn(title, title);
    }

    private Issuer findIn(String text, String title) {
        RegionResolver resolver = new RegionResolver(gazetteer, text);
        Map<String, Issuer> issuers = new HashMap<>();
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Optional<RegionResolver.Resolved>> resolved = new HashMap<>();
        for (int at = text.indexOf('卫'); at >= 0; at = text.indexOf('卫', at + 1)) {
            String body = bodyAt(text, at);
            if (body == null) {
                continue;
            }
            int prefixStart = at;
            while (prefixStart > 0 && at - prefixStart < MAX_PREFIX && Chars.isHan(text.charAt(prefixStart - 1))) {
                prefixStart--;
            }
            String prefix = text.substring(prefixStart, at);
            RegionResolver.Resolved region = resolved.computeIfAbsent(prefix,
                    p -> Optional.ofNullable(resolver.resolveEnding(p))).orElse(null);
            if (region == null) {
                continue;
            }
            String name = text.substring(prefixStart + region.start(), at) + body;
            issuers.putIfAbsent(name, new Issuer(name, region.division()));
            weights.merge(name, weight(text, at, title, name), Integer::sum);
        }
        return weights.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> issuers.get(e.getKey())).orElse(null);
    }

    private static String bodyAt(String text, int at) {
        for (String body : BODIES) {
            if (text.startsWith(body, at)) {
                return body;
            }
        }
        return null;
    }

    private static int weight(String text, int at, String title, String name) {
        if (title != null && title.contains(name)) {
            return 100;
        }
        return at < OPENING || at > text.length() - CLOSING ? 10 : 1;
    }
}
