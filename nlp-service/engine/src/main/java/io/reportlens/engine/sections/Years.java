package io.reportlens.engine.sections;

import java.util.ArrayList;
import java.util.List;

/** Four-digit years (1949–2099) written before 年, as in 2023年 or 2023年度. */
public final class Years {

    private static final int FIRST = 1949;
    private static final int LAST = 2099;

    /** The Republic of China's calendar, which Taiwan's documents count in, starts after 1911 (113年 = 2024). */
    private static final int REPUBLIC_OFFSET = 1911;

    private Years() {
    }

    /** The common-era year of a year of the Republic of China's calendar. */
    public static int ofRepublic(int republicYear) {
        return REPUBLIC_OFFSET + republicYear;
    }

    public static Integer first(String s) {
        List<Integer> all = all(s);
        return all.isEmpty() ? null : all.get(0);
    }

    public static List<Integer> all(String s) {
        List<Integer> years = new ArrayList<>();
        for (int i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
            if (i >= 4 && isDigits(s, i - 4, i) && (i == 4 || !Character.isDigit(s.charAt(i - 5)))) {
                int year = Integer.parseInt(s.substring(i - 4, i));
                if (year >= FIRST && year <= LAST) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
