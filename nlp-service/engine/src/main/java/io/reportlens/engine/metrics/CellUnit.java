package io.reportlens.engine.metrics;

/**
 * A unit written on its own, as a table writes it in a 单位 column, in a header (目标值(%)) or after
 * an indicator (人均预期寿命(岁)): %, ‰, 岁, 1/10万 (a rate per 100 000, reported as /10万), 万人
 * (people counted in ten thousands), 张/千人.
 *
 * @param multiplier what a bare figure under this unit is multiplied by (万元 → 10 000)
 */
record CellUnit(String unit, double multiplier) {

    private static final String[] PER_100K = {"1/10万", "/10万", "1/十万", "/十万", "1/10万人", "/10万人", "1/100000", "/100000"};

    /** The unit {@code written} is, or null when it is not one. */
    static CellUnit read(String written) {
        String s = written.replace(" ", "").replace('％', '%');
        if (s.startsWith("单位")) s = s.substring(2).replace(":", "");
        if (s.isEmpty()) return null;
        for (String per : PER_100K) if (s.equals(per)) return new CellUnit("/10万", 1);
        String whole = whole(s);
        if (whole != null) return new CellUnit(whole, 1);
        double multiplier = switch (s.charAt(0)) {
            case '万' -> 1e4;
            case '亿' -> 1e8;
            case '千' -> 1e3;
            default -> 0;
        };
        if (multiplier > 0 && s.length() > 1) {
            String rest = whole(s.substring(1));
            if (rest != null) return new CellUnit(rest, multiplier);
        }
        int slash = s.indexOf('/');
        if (slash > 0 && slash < s.length() - 1 && whole(s.substring(0, slash)) != null && s.length() <= 8) {
            return new CellUnit(s, 1);
        }
        return null;
    }

    private static String whole(String s) {
        String u = Units.at(s, 0);
        return u != null && u.length() == s.length() ? Units.canonical(u) : null;
    }
}
