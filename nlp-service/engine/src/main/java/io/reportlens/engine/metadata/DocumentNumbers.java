package io.reportlens.engine.metadata;

import java.util.regex.Pattern;

/** A document's own number, as a notice's header gives it on a line of its own: 黑卫家庭规发[2018]39号, 汴禹政〔2020〕13号. */
final class DocumentNumbers {

    /** The issuing body's abbreviation, the year in brackets (its group 1) and the serial number. */
    private static final String FORM = "[\\p{IsHan}]{1,12}\\s?[〔\\[(（【]\\s?((?:19|20)\\d{2})\\s?[〕\\])）】]\\s?\\d{1,4}\\s?号";
    /** A line of a text that holds only a document's number; group 1 is its year. */
    static final Pattern ON_A_LINE = Pattern.compile("(?m)^\\s*" + FORM + "\\s*$");
    private static final Pattern LINE = Pattern.compile(FORM);

    private DocumentNumbers() {
    }

    /** Whether {@code line} is only a document's number. */
    static boolean isLine(String line) {
        return LINE.matcher(line).matches();
    }
}
