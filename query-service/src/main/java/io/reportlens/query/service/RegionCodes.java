package io.reportlens.query.service;

/**
 * GB/T 2260 codes: six digits; a province is its first two digits + 0000, a prefecture its first
 * four + 00. A code therefore stands for the range of the codes under it.
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /** The province the code lies in (e.g. 441802 → 440000), or null for an invalid code. */
    public static String provinceOf(String code) {
        return isValid(code) ? code.substring(0, 2) + "0000" : null;
    }

    /** The prefecture the code lies in (441802 → 441800); a prefecture or province code is its own. */
    public static String prefectureOf(String code) {
        return isValid(code) ? code.substring(0, 4) + "00" : null;
    }

    /** The lowest and highest code the given code covers: itself, its prefecture's or its province's range. */
    public static String[] range(String code) {
        if (code.endsWith("0000")) {
            return new String[] {code, code.substring(0, 2) + "9999"};
        }
        if (code.endsWith("00")) {
            return new String[] {code, code.substring(0, 4) + "99"};
        }
        return new String[] {code, code};
    }
}
