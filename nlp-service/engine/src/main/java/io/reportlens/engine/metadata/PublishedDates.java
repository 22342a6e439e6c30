package io.reportlens.engine.metadata;

import io.reportlens.engine.numbers.NumberReader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report was issued or delivered: a portal's 发布时间/发文日期 field, else the first line
 * that holds only a date (the date under a title or a speaker, or above/below the signature), written
 * in Arabic or Chinese numerals.
 */
final class PublishedDates {

    private static final String NUM = "[0-9〇零一二三四五六七八九十]";
    private static final Pattern FIELD = Pattern.compile(
            "(?:发布时间|发布日期|发文日期|成文日期|印发日期|日期):\\s?(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\(?(?:(" + NUM + "{4})年(" + NUM + "{1,3})月(" + NUM + "{1,3})日|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2}))\\)?");
    /** Portal fields stand above the report. */
    private static final int FIELDS_AREA = 3000;
    private static final int MAX_DATE_LINE = 16;

    private PublishedDates() {
    }

    static String find(String text) {
        Matcher field = FIELD.matcher(text.substring(0, Math.min(text.length(), FIELDS_AREA)));
        if (field.find()) {
            String date = iso(field.group(1), field.group(2), field.group(3));
            if (date != null) {
                return date;
            }
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start <= MAX_DATE_LINE && text.charAt(end - 1) != '。') {
                Matcher line = DATE_LINE.matcher(text.substring(start, end));
                String date = !line.matches() ? null : line.group(1) != null ? iso(line.group(1), line.group(2), line.group(3))
                        : iso(line.group(4), line.group(5), line.group(6));
                if (date != null) {
                    return date;
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static String iso(String year, String month, String day) {
        try {
            return LocalDate.of(number(year), number(month), number(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 2023, 十二, 二十五 as counted; 二〇二三 digit by digit; -1 (no date) otherwise. */
    private static int number(String s) {
        int counted = NumberReader.whole(s);
        return counted >= 0 ? counted : NumberReader.digits(s);
    }
}
