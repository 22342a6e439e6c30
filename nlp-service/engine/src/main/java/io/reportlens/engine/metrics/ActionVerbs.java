package io.reportlens.engine.metrics;

/** The action verbs of work reports that take a counted object (组建35支队伍, 转来4997人). */
final class ActionVerbs {

    static final String[] ALL = {"组建", "组织", "选派", "抽调", "建设", "创建", "培训", "推荐", "评定", "评选",
            "设置", "开展", "完成", "发展", "新增", "推动", "推进", "引进", "招聘", "派出", "打造", "成立", "建成", "举办",
            "遴选", "督导", "指导", "帮扶", "接诊", "处置", "抽检", "检查", "发出", "出动", "发现", "面向", "开设", "设",
            "建", "办理", "收治", "救治", "治愈", "采样", "检测", "接种", "签约", "覆盖", "投入", "拨付", "下发", "转来",
            "确诊", "发放", "录入", "启动", "实施", "提供", "配备", "招录", "聘用", "表彰", "颁发", "进驻", "巡诊", "出院",
            "通过", "验收", "认证", "评为", "纳入", "接入", "参加", "参与", "获得", "受到", "荣获", "奋战", "坚守", "安置", "隔离", "转运", "慰问", "资助", "救助", "随访"};

    private ActionVerbs() {
    }

    /** Whether text[.., end) ends with one of the verbs. */
    static boolean endsAt(String text, int end) {
        for (String v : ALL) if (text.startsWith(v, end - v.length())) return true;
        return false;
    }
}
