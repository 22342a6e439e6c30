package io.reportlens.engine.metadata;

import io.reportlens.engine.text.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place of the gazetteer named in a text, by its full name (赣州市, 绩溪县) or its short name
 * (赣州, 内蒙古), left to right, longest name first at each position. A two-character full name below the
 * province (范县, 城区) counts as weakly as a short name: it is the end of too many words.
 */
final class PlaceMentions {

    /** A name found in the text; {@code divisions} are all the divisions known by it. */
    record Mention(String name, int start, int end, boolean shortForm, List<Division> divisions) {
    }

    private final Lexicon names;
    /** Every name with the divisions it names and whether it is only ever a weak (short) form: one lookup per mention. */
    private final Map<String, Named> byName = new HashMap<>();

    private record Named(List<Division> divisions, boolean shortForm) {
    }

    PlaceMentions(Gazetteer gazetteer) {
        for (Division d : gazetteer.all()) {
            // a two-character name (范县, 城区, 郊区) ends too many words (示范县, 市城区) to count as a full name
            add(d.name(), d, d.name().length() <= 2 && !d.level().equals("province"));
            for (String alias : Gazetteer.shortForms(d.name())) {
                // 清远 may be a word's part; 科左中旗, 黔东南州 end as the division's name does and read as names
                add(alias, d, alias.length() < 4 || alias.charAt(alias.length() - 1) != d.name().charAt(d.name().length() - 1));
            }
        }
        this.names = new Lexicon(byName.keySet());
    }

    private void add(String name, Division d, boolean shortForm) {
        Named known = byName.get(name);
        List<Division> divisions = known == null ? new ArrayList<>(1) : known.divisions();
        divisions.add(d);
        byName.put(name, new Named(divisions, known == null ? shortForm : known.shortForm() && shortForm));
    }

    /** The longest place name starting at {@code at}, or null. */
    String nameAt(String text, int at) {
        return names.wordAt(text, at);
    }

    /** How far after a place name a company's name may end: 北京泰茂科技股份有限公司. */
    private static final int COMPANY_NAME = 14;
    /** What ends a company's name before 公司 is reached: a conjunction or a public body (县医院与某公司签约). */
    private static final String NOT_IN_A_COMPANY_NAME = "与和及同向对在为院局委府站所校厅";

    /**
     * 北京泰茂科技股份有限公司 in a trade portal's banner: a place that opens a company's name says where
     * the company is registered, not what area a report governs.
     */
    private static boolean opensACompanyName(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + COMPANY_NAME); i++) {
            char c = text.charAt(i);
            if (c == '公' && text.startsWith("公司", i)) return true;
            if (!Character.isLetterOrDigit(c) && c != '(' && c != ')' || NOT_IN_A_COMPANY_NAME.indexOf(c) >= 0) return false;
        }
        return false;
    }

    List<Mention> in(String text) {
        List<Mention> out = new ArrayList<>();
        boolean namesCompanies = text.contains("公司"); // most texts name none: no look past each place
        for (int i = 0; i < text.length(); i++) {
            String name = names.wordAt(text, i);
            if (name != null && !(namesCompanies && opensACompanyName(text, i + name.length()))) {
                Named named = byName.get(name);
                out.add(new Mention(name, i, i + name.length(), named.shortForm(), named.divisions()));
                i += name.length() - 1;
            }
        }
        return out;
    }
}
