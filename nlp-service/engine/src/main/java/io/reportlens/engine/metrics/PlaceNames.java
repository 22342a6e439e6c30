package io.reportlens.engine.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place named at the head of a clause (其中连州市达92.8%, 在全国585家中医医院中): a name ending in an
 * administrative suffix, or 全国 / 全省.
 */
final class PlaceNames {

    private static final Pattern LEADING_PLACE = Pattern.compile(
            "^(?:其中|在|如|另有)?((?:全国|全省)|[\\u4e00-\\u9fa5]{1,6}?(?:自治区|自治县|自治旗|自治州|特别行政区|省|市|县|区|旗|盟|镇|乡))"
                    + "(?=达|为|有|共|等|的|、|在|中|$)");
    private static final String[] NOT_IN_A_NAME = {"医", "中心", "卫生", "健康", "级", "社区", "机构", "单位", "建", "设",
            "城", "农村", "域", "属"};
    private static final String NOT_A_NAME_START = "全我本各该城市县区省乡镇新老街";

    record Place(String name, int end) {
    }

    private PlaceNames() {
    }

    /** The place at the start of {@code clause}, with where it ends, or null. */
    static Place leading(String clause) {
        Matcher m = LEADING_PLACE.matcher(clause);
        if (!m.find()) return null;
        String name = m.group(1);
        if (!name.startsWith("全") && NOT_A_NAME_START.indexOf(name.charAt(0)) >= 0) return null;
        for (String w : NOT_IN_A_NAME) if (name.contains(w)) return null;
        return new Place(name, m.end(1));
    }
}
