package io.reportlens.engine.commitments;

import io.reportlens.engine.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level parts of a report (一、… / 第一部分 / a short 下一步工作打算 line of its own), classed by their heading's
 * cue words; used only when the section parser found no plan, review or problems section.
 */
final class FallbackOutline {

    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[\\s\\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]([^。\\n]{1,40})|第[一二三四五六七八九十]{1,2}部分([^。\\n]{1,40})"
                    + "|((?:下一步|下半年|明年|今后)[^。,，\\n]{0,16})[\\s\\u3000]*$)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern PLAN = Pattern.compile("计划|安排|打算|思路|要点|下一步|下半年|明年|今后|展望|重点工作|工作任务|目标任务|推进|做好|抓好|部署");
    private static final Pattern REVIEW = Pattern.compile("总结|回顾|成效|成绩|情况|主要工作|做法|进展|完成");
    private static final Pattern PROBLEMS = Pattern.compile("问题|不足|短板|困难|挑战|差距");

    List<Section> parse(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String heading = m.group(group);
            Matcher year = YEAR.matcher(heading);
            int start = m.start(group);
            if (!sections.isEmpty()) {
                Section previous = sections.remove(sections.size() - 1);
                sections.add(new Section(previous.heading(), 1, previous.kind(), previous.year(), previous.start(), start));
            }
            sections.add(new Section(heading, 1, kindOf(heading), year.find() ? Integer.valueOf(year.group(1)) : null, start, text.length()));
        }
        return sections;
    }

    static String kindOf(String heading) {
        if (PROBLEMS.matcher(heading).find()) return "problems";
        if (REVIEW.matcher(heading).find()) return "review";
        if (PLAN.matcher(heading).find()) return "plan";
        return "other";
    }
}
