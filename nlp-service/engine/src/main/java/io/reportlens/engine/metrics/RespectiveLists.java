package io.reportlens.engine.metrics;

import io.reportlens.engine.text.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinated figures that go item by item with a coordinated subject: A、B、C分别达到x、y、z (x is A's, y
 * B's…) and the from→to form A和B由x1、x2降至y1、y2 (A went from x1 to y1); and one figure a coordinated
 * subject shares: A、B和C均达到95% (each of A, B and C reaches 95%). The subjects share a head the
 * last one spells out (新生儿、婴儿和5岁以下儿童死亡率 → 新生儿死亡率…) and a leading qualifier the first one
 * spells out (每千常住人口执业医师数、注册护士数 → 每千常住人口注册护士数).
 */
final class RespectiveLists {

    /** What a figure of such a list is: its subject, and for a from→to list its starting value. */
    record Assigned(String subject, Double baseline) {
    }

    private static final List<String> HEADS = WordList.load(RespectiveLists.class, "measure-heads.txt");
    private static final Pattern SEPARATORS = Pattern.compile("、|和|及|与|以及");
    private static final Pattern QUALIFIER = Pattern.compile(
            "^(?:每[十百千万]{1,2}(?:常住|户籍)?人口|\\d{1,2}(?:[-—~至]\\d{1,2})?岁以[上下](?:儿童|老年人|人群)?|[0-9一二三四五六七八九]岁以下儿童)");
    /** A base the subjects are compared with, closing their span: 与上年相比, 较2020年, 比去年同期. */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?:与|同|较|比)(?:上年度?|去年|上一年|(?:19|20)\\d{2}年)(?:同期)?(?:相比|比较)?$");
    /** 由 or 从 right before a list of starting figures, maybe with their year: 由2015年的19.54/10万、7.46‰. */
    private static final Pattern FROM = Pattern.compile("[由从](?:(?:19|20)\\d{2}年(?:的|底)?)?$");
    /** The verb between 分别 and its figures: 分别为, 分别达到, 分别控制在, 分别下降到. */
    private static final int MAX_VERB = 4;
    /** 全区每千常住人口…: the report's own scope opening the subject is no part of it. */
    private static final Pattern SCOPE = Pattern.compile("^(?:全|我|本)(?:市|区|县|省|州|旗)");
    private static final String[] TO_VERBS = WordList.group(RespectiveLists.class, "mention-words.tsv", "to-verbs");
    private static final int MAX_GAP = 2;

    private RespectiveLists() {
    }

    /** For each mention, what a respective list assigns it, or null; starting figures are marked in {@code starting}. */
    static Assigned[] assign(String text, List<Mention> mentions, boolean[] starting) {
        Assigned[] out = new Assigned[mentions.size()];
        List<int[]> runs = runs(text, mentions);
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            Mention first = mentions.get(run[0]);
            int clauseStart = Clauses.clauseStart(text, first.start());
            String before = text.substring(clauseStart, first.start());
            int n = run[1] - run[0] + 1;
            Matcher from = FROM.matcher(before);
            if (from.find() && r + 1 < runs.size() && isToList(text, mentions, run, runs.get(r + 1))) {
                int[] to = runs.get(r + 1);
                List<String> subjects = subjects(withoutRespectively(before.substring(0, from.start())), n);
                for (int k = 0; k < n; k++) {
                    starting[run[0] + k] = true;
                    out[to[0] + k] = new Assigned(subjects == null ? null : subjects.get(k), mentions.get(run[0] + k).value());
                }
                r++;
                continue;
            }
            int respectively = before.lastIndexOf("分别");
            if (respectively >= 0 && before.length() - respectively - 2 <= MAX_VERB) {
                List<String> subjects = subjects(before.substring(0, respectively), n);
                if (subjects != null) {
                    for (int k = 0; k < n; k++) out[run[0] + k] = new Assigned(subjects.get(k), null);
                }
            }
        }
        return out;
    }

    /** How far before a figure the 均 of a shared figure may stand (均达到, 均控制在, 均不低于). */
    private static final int MAX_SHARED_VERB = 5;

    /**
     * A、B和C均达到95%: one figure every coordinated subject reaches; the subjects (completed with their shared
     * head) with where each starts in the text, or null when the figure has no such list before it.
     */
    static List<Subject> sharing(String text, Mention m) {
        int clauseStart = Clauses.clauseStart(text, m.start());
        String before = text.substring(clauseStart, m.start());
        int all = before.lastIndexOf('均');
        if (all < 0 || before.length() - all - 1 > MAX_SHARED_VERB) return null;
        String span = before.substring(0, all);
        List<String> items = items(span);
        if (items.size() < 2) return null;
        List<String> subjects = subjects(span, items.size());
        if (subjects == null) return null;
        List<Subject> out = new ArrayList<>(items.size());
        int from = clauseStart;
        for (int k = 0; k < items.size(); k++) {
            int at = text.indexOf(items.get(k), from);
            if (at < 0 || at >= m.start()) return null;
            out.add(new Subject(subjects.get(k), at));
            from = at + items.get(k).length();
        }
        return out;
    }

    /** A subject of a coordinated list and where its item starts in the text. */
    record Subject(String name, int start) {
    }

    private static List<String> items(String span) {
        String s = span.strip();
        int comma = Math.max(s.lastIndexOf(','), s.lastIndexOf(':'));
        s = s.substring(comma + 1);
        List<String> items = new ArrayList<>();
        s = COMPARED_WITH.matcher(s.strip()).replaceFirst(""); // A和B与上年相比分别增长…: the base compared with, no subject
        for (String item : SEPARATORS.split(SCOPE.matcher(s.strip()).replaceFirst(""))) {
            if (!item.isBlank()) items.add(item.strip());
        }
        return items;
    }

    private static String withoutRespectively(String s) {
        return s.endsWith("分别") ? s.substring(0, s.length() - 2) : s;
    }

    /** Runs of two or more figures in one clause separated only by 、/和/及: {first index, last index}. */
    private static List<int[]> runs(String text, List<Mention> mentions) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && joined(text, mentions.get(j), mentions.get(j + 1))) j++;
            if (j > i) runs.add(new int[]{i, j});
            i = j + 1;
        }
        return runs;
    }

    /** Whether b follows a in one coordinated list of figures (4.74%和5.74%, 3.0‰、5.0‰). */
    static boolean joined(String text, Mention a, Mention b) {
        String gap = text.substring(a.end(), b.start()).strip();
        return gap.length() <= MAX_GAP && (gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与") || gap.equals(","));
    }

    /** 由x1、x2降至y1、y2: the run after the first, right after a verb of change, with as many figures. */
    private static boolean isToList(String text, List<Mention> mentions, int[] from, int[] to) {
        if (to[1] - to[0] != from[1] - from[0]) return false;
        String between = text.substring(mentions.get(from[1]).end(), mentions.get(to[0]).start());
        return endingWith(between, TO_VERBS) != null && between.length() <= 5;
    }

    /** The n coordinated subjects in {@code span}, completed with their shared head and qualifier, or null. */
    private static List<String> subjects(String span, int n) {
        List<String> items = items(span);
        if (items.size() != n) return null;
        String head = headOf(items.get(n - 1));
        Matcher q = QUALIFIER.matcher(items.get(0));
        String qualifier = q.find() ? q.group() : institutionBefore(items.get(0), items);
        List<String> out = new ArrayList<>(n);
        for (String item : items) {
            String subject = item;
            if (head != null && headOf(subject) == null) subject = subject + head;
            if (qualifier != null && !subject.startsWith(qualifier) && !QUALIFIER.matcher(subject).find()) subject = qualifier + subject;
            out.add(subject);
        }
        return out;
    }

    /**
     * 县级医院诊疗人次和入院人数: the institution the first subject opens with, when the others name none and each
     * ends in a measure head — the institutions whose figures they all are; else null.
     */
    private static String institutionBefore(String first, List<String> items) {
        for (String item : items) {
            if (headOf(item) == null) return null;
        }
        int end = -1;
        for (String institution : IndicatorReader.INSTITUTIONS) {
            int at = first.indexOf(institution);
            if (at > 0 && at + institution.length() < first.length()) end = Math.max(end, at + institution.length());
        }
        if (end < 0) return null;
        for (int i = 1; i < items.size(); i++) {
            for (String institution : IndicatorReader.INSTITUTIONS) if (items.get(i).contains(institution)) return null;
        }
        return first.substring(0, end);
    }

    /** The measure head an item ends with (率, 人数, 量…), or null. */
    static String headOf(String item) {
        for (String h : HEADS) if (item.endsWith(h)) return h;
        return null;
    }

    private static String endingWith(String s, String[] words) {
        String t = s.strip();
        for (String w : words) if (t.endsWith(w)) return w;
        return null;
    }
}
