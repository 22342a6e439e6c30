package io.reportlens.engine.normalize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The furniture of a portal or reposting site around the report: breadcrumbs, language and font
 * switches, print/share/favourite buttons, QR-code captions, view counters, reading-time banners.
 */
final class PortalChrome {

    /** Phrases that only portal furniture uses. */
    private static final List<String> PHRASES = List.of(
            "您当前所在位置", "您现在的位置", "当前位置:", "选择语言", "扫一扫", "微信扫码", "字体大小", "字号:",
            "阅读次数", "浏览次数", "访问次数", "点击次数", "点击数:", "分享到", "加入收藏", "打印本页", "关闭窗口",
            "阅读时长", "在手机打开", "手机上打开", "返回顶部", "【打印】", "【关闭】", "上一篇", "下一篇", "责任编辑",
            "网站地图", "版权所有", "主办单位", "ICP备", "网站标识码", "公网安备", "技术支持:", "【字体");

    /** Words that make up a button bar when a line holds nothing else. */
    private static final Set<String> BUTTONS = Set.of(
            "打印", "关闭", "分享", "收藏", "扫一扫", "微信", "微博", "QQ空间", "手机版", "智能问答", "机构专页", "有帮助",
            "没帮助", "返回顶部", "附件", "小程序", "添加", "关注", "字号", "大", "中", "小", "选择语言", "分享到",
            "二维码", "点赞", "评论", "举报", "纠错", "繁体", "简体", "繁", "简", "无障碍", "长者模式", "登录", "首页",
            "English", "搜索", "来源");

    /** Labels of a portal's record fields, whose values the metadata needs: such lines stay. */
    private static final List<String> RECORD_LABELS = List.of(
            "来源:", "发布时间:", "发布日期:", "发文日期:", "成文日期:", "发布机构:", "索引号:", "文号:", "标题:", "信息来源:");

    private static final Pattern COUNTERS =
            Pattern.compile("(?:阅读次数|浏览次数|访问次数|点击次数|点击数|访问量|字号|字体大小|【字体)[:]?[ 0-9\\-大中小】]*");

    private static final int MAX_CHROME_LINE = 80;
    private static final int MAX_RECORD_LINE = 200;

    private PortalChrome() {
    }

    static boolean isRecordLine(String line) {
        if (line.length() > MAX_RECORD_LINE || line.indexOf(':') < 0) {
            return false;
        }
        for (String label : RECORD_LABELS) {
            int at = line.indexOf(label);
            if (at == 0 || at > 0 && line.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Strips counters and font switches from a record line, keeping its fields. */
    static String stripCounters(String recordLine) {
        return COUNTERS.matcher(recordLine).replaceAll("").strip();
    }

    static boolean isChromeLine(String line) {
        if (line.length() > MAX_CHROME_LINE || line.indexOf('。') >= 0) {
            return false;
        }
        for (String p : PHRASES) {
            if (line.contains(p)) {
                return true;
            }
        }
        return isButtonBar(line);
    }

    private static boolean isButtonBar(String line) {
        boolean any = false;
        for (String token : line.split("[ ·•|/:,、\\-]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!BUTTONS.contains(token)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
