package io.reportlens.engine.numbers;

import java.time.YearMonth;

/**
 * A date whose 月 a page lost (515日前, 224日): its digits read back as month and day when only one split of them is
 * a date (5月15日, 2月24日); 111日 may be 1月11日 or 11月1日 and is read as neither.
 */
public final class LostMonths {

    /** A year with a 29 February, so that no day of any month is refused for the year's sake. */
    private static final int LEAP_YEAR = 2000;

    private LostMonths() {
    }

    /** {month, day} of three or four digits, or null when no split or more than one is a date. */
    public static int[] monthDay(String digits) {
        int[] only = null;
        for (int split = 1; split <= 2 && split < digits.length(); split++) {
            String dayDigits = digits.substring(split);
            if (dayDigits.length() > 2 || dayDigits.startsWith("0") && dayDigits.length() < 2) continue;
            int month = Integer.parseInt(digits.substring(0, split));
            int day = Integer.parseInt(dayDigits);
            if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(LEAP_YEAR, month).lengthOfMonth()) continue;
            if (only != null) return null;
            only = new int[]{month, day};
        }
        return only;
    }
}
