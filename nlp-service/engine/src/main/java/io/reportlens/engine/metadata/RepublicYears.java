package io.reportlens.engine.metadata;

import io.reportlens.engine.sections.Years;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of the Republic of China's calendar, which Taiwan's documents count in (114年 = 2025): the main
 * year of a Taiwan report that writes no year of the common era.
 */
final class RepublicYears {

    /** 114年, 114年度, 114年10月: a three-digit year from 100 (2011) on; fewer digits are too often a span (建院60年). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(1[0-2]\\d)年(?!\\d)");

    private RepublicYears() {
    }

    /**
     * The title's first such year, else the opening's latest not after the year published (its first when no date
     * is known); null when none.
     */
    static Integer mainYear(String title, String opening, String publishedDate) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) return Years.ofRepublic(Integer.parseInt(m.group(1)));
        }
        Integer published = publishedDate == null ? null : Integer.valueOf(publishedDate.substring(0, 4));
        Integer latest = null;
        Matcher m = YEAR.matcher(opening);
        if (published == null) {
            // nothing bounds what is still to come (配合中央115年推动…): the first year the opening names is its own
            return m.find() ? Integer.valueOf(Years.ofRepublic(Integer.parseInt(m.group(1)))) : null;
        }
        while (m.find()) {
            int year = Years.ofRepublic(Integer.parseInt(m.group(1)));
            if ((published == null || year <= published) && (latest == null || year > latest)) latest = year;
        }
        return latest;
    }
}
