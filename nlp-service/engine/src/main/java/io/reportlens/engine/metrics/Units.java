package io.reportlens.engine.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The measure words a quantity can carry, matched longest first. */
final class Units {

    private static final String[] UNITS = {
            "个百分点", "百分点", "个名次", "个工作日", "工作日", "%", "％", "‰",
            "人次", "人份", "剂次", "例次", "台次", "轮次", "车次", "户次", "家次", "所次", "批次", "场次", "件次", "艘次", "架次", "床日", "名次", "个月", "小时", "分钟",
            "平方米", "立方米", "公里", "千米", "公顷", "千克",
            "个", "家", "所", "张", "人", "名", "位", "例", "次", "项", "支", "间", "台", "辆", "元", "天",
            "周", "批", "轮", "场", "期", "篇", "条", "件", "份", "床", "管", "剂", "种", "席", "趟", "级",
            "座", "套", "户", "本", "册", "处", "类", "组", "队", "亩", "吨", "年", "岁", "起"};

    /** Units grouped by first character, longest first. */
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();

    static {
        for (String u : UNITS) BY_FIRST.computeIfAbsent(u.charAt(0), k -> new ArrayList<>()).add(u);
        BY_FIRST.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private Units() {
    }

    /** The unit written at {@code pos}, or null. */
    static String at(String text, int pos) {
        if (pos >= text.length()) return null;
        List<String> candidates = BY_FIRST.get(text.charAt(pos));
        if (candidates == null) return null;
        for (String u : candidates) if (text.startsWith(u, pos)) return u;
        return null;
    }

    /** The unit as reported: full-width % folded, 百分点 spelled 个百分点, 万元 multiplied out elsewhere. */
    static String canonical(String unit) {
        return switch (unit) {
            case "％" -> "%";
            case "百分点" -> "个百分点";
            case "个名次" -> "名次";
            case "个工作日" -> "工作日";
            default -> unit;
        };
    }
}
