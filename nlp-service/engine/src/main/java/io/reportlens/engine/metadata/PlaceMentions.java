package io.reportlens.engine.metadata;

import io.reportlens.engine.text.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place of the gazetteer named in a text, by its full name (赣州市, 绩溪县) or its short name
 * (赣州, 内蒙古), left to right, longest name first at each position.
 */
final class PlaceMentions {

    /** A name found in the text; {@code divisions} are all the divisions known by it. */
    record Mention(String name, int start, int end, boolean shortForm, List<Division> divisions) {
    }

    private final Lexicon names;
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, Boolean> isShort = new HashMap<>();

    PlaceMentions(Gazetteer gazetteer) {
        for (Division d : gazetteer.all()) {
            add(d.name(), d, false);
            String shortName = Gazetteer.shortName(d.name());
            if (!shortName.equals(d.name())) {
                add(shortName, d, true);
                if (d.name().endsWith("自治州")) {
                    add(shortName + "州", d, true);
                }
            }
        }
        this.names = new Lexicon(byName.keySet());
    }

    private void add(String name, Division d, boolean shortForm) {
        byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(d);
        isShort.merge(name, shortForm, (a, b) -> a && b);
    }

    List<Mention> in(String text) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String name = names.wordAt(text, i);
            if (name != null) {
                out.add(new Mention(name, i, i + name.length(), isShort.get(name), byName.get(name)));
                i += name.length() - 1;
            }
        }
        return out;
    }
}
