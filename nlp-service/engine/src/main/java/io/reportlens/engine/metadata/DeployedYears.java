package io.reportlens.engine.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a meeting deploys work for, as news and speeches say it: 部署2023年重点任务, 安排2022年重点任务,
 * 对2023年卫生健康工作进行部署, 对2008年全市卫生工作进行了全面部署. A meeting that deploys a year's work is held for that year.
 */
final class DeployedYears {

    private static final Pattern DEPLOYED = Pattern.compile(
            "(?:部署|安排)(?:了)?((?:19|20)\\d{2})年|对((?:19|20)\\d{2})年[^,。;\\n]{0,12}?(?:进行|作出|作了|作)(?:了)?(?:全面|具体|详细|周密|系统)?(?:安排|部署)");

    private DeployedYears() {
    }

    /** The first year deployed in {@code text}, or null. */
    static Integer first(String text) {
        Matcher m = DEPLOYED.matcher(text);
        if (!m.find()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
