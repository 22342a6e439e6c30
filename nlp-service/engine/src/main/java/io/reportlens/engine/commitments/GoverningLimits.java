package io.reportlens.engine.commitments;

import io.reportlens.engine.frame.OrientationCues;
import io.reportlens.engine.frame.ReportFrame;
import io.reportlens.engine.model.Deadline;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.HeadingMarker;
import io.reportlens.engine.sections.ItemMarkers;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time limits a sentence is under without stating them itself (spec §4): a lead sentence's limit
 * governs the items of the list it announces (到2025年,…:一是…二是…; 会议要求,2023年…要…。一是…), also when its
 * first item follows its colon in the same sentence (重点抓好十项工作:一是…。二是…); a limit
 * standing alone before the first comma (or after a reporting clause: 会议指出,2025年,A…;B…), or opening the
 * sentence as the topic of its subject and modal (2025年全县卫生系统要A;B), governs the
 * rest of its sentence's clauses (年内,A…;B…) or, at
 * the head of a paragraph, the rest of the paragraph (2019年底前,X。Y。; a topic's only its own sentence); a heading's limit (2024年主要目标)
 * governs its section. The lead itself only frames its list; a lead may end inside the sentence of its first item
 * (做好今年工作,一要…;二要…).
 *
 * <p>Fed the sentences in order through {@link #observe}; not thread-safe (one per report).
 */
final class GoverningLimits {

    private record Span(int start, int end, List<Deadline> limits) {
    }

    /** The label of a sub-list before its first item (“七个分目标”:一是…). */
    private static final Pattern LABELLED_FIRST_ITEM = Pattern.compile("[^,，。:：]{1,12}[:：](?=一是|一要(?![求素点]))");

    /** How long the subject between a topic limit and its modal may be (2024年全市卫生健康系统要). */
    private static final int MAX_TOPIC_SUBJECT = 12;

    private final String text;
    private final String title;
    private final List<Sentence> sentences;
    private final List<Span> headings = new ArrayList<>();

    private int line = -1;
    private int group = -1;
    private List<Deadline> lineLimits = List.of();
    private List<Deadline> groupLimits = List.of();
    private List<Deadline> listLimits = List.of();
    private boolean inList;
    /** Whether the list opened inside its lead's sentence (…:一是…。二是…), its items told sentence after sentence. */
    private boolean inlineList;
    /** How the list's items open (一是, (一), 1., none), known from its first item line. */
    private String itemMarker;

    GoverningLimits(String text, ReportFrame frame) {
        this.text = text;
        this.title = frame.report().title();
        this.sentences = frame.sentences();
        for (Section s : frame.sections()) {
            if (!SectionKinds.PLAN.equals(s.kind())) {
                continue; // a review's heading (一、上半年工作) names the period reviewed, not a limit
            }
            List<Deadline> limits = DeadlineFinder.find(s.heading(), frame.timelineAt(s.start())).stream()
                    .map(DeadlineFinder.Found::deadline).toList();
            if (!limits.isEmpty()) {
                headings.add(new Span(s.start(), s.end(), limits));
            }
        }
    }

    /** Takes note of sentence {@code i} and the limits it states ({@code found}, in sentence offsets). */
    void observe(int i, String sentence, List<DeadlineFinder.Found> found) {
        Sentence s = sentences.get(i);
        List<Deadline> own = DeadlineFinder.deadlinesOf(found);
        if (s.lineStart() != line) {
            line = s.lineStart();
            lineLimits = s.start() == s.lineStart() && opensWithLimit(sentence, found) ? own : List.of();
            // a list goes on over lines that open like its first item (all marked 1、2、… or none marked)
            String marker = lineMarker(sentence);
            boolean heading = marker.isEmpty() && HeadingMarker.level(sentence) > 0;
            if (inList && itemMarker == null && !heading) {
                itemMarker = marker;
            } else if (inList && (heading || !marker.equals(itemMarker))) {
                inList = false;
            }
        }
        if (s.group() != group) {
            group = s.group();
            if (inlineList && lineMarker(sentence).isEmpty()) {
                inList = false; // …四是…不放松。全区要…: a sentence that opens no item ends a list run in its lead's line
                inlineList = false;
            }
            groupLimits = opensWithLimit(sentence, found) || opensAsTopic(sentence, found) ? own : limitsBeforeList(sentence, found);
        }
        if (isListLead(i, sentence)) {
            inList = true;
            inlineList = false;
            itemMarker = null;
            listLimits = own.isEmpty() ? inherited(s) : own;
        } else {
            int colon = Cues.colonBeforeFirstItem(sentence);
            if (colon >= 0) {
                // 2025年…重点抓好十项工作:一是…。二是…: the lead and its first item in one sentence, the next items after it
                List<Deadline> lead = found.stream().filter(f -> f.end() <= colon).map(DeadlineFinder.Found::deadline).toList();
                // a labelled sub-list (“分项目标”:一是…) under a lead keeps that lead's limits
                listLimits = !lead.isEmpty() ? lead : inList && !listLimits.isEmpty() ? listLimits : inherited(s);
                inList = true;
                inlineList = true;
                itemMarker = Cues.itemMarkerKind(sentence.substring(colon + 1));
            }
        }
    }

    /**
     * How a line opens its item: its own marker (二是…), or the marker of the first item after a label of a
     * sub-list (“七个分目标”:一是…), which goes on as 二是… lines.
     */
    private static String lineMarker(String sentence) {
        String own = Cues.itemMarkerKind(sentence);
        if (!own.isEmpty()) {
            return own;
        }
        Matcher label = LABELLED_FIRST_ITEM.matcher(sentence);
        return label.lookingAt() ? Cues.itemMarkerKind(sentence.substring(label.end())) : "";
    }

    /** Whether the sentence last observed is an item of a list a lead announced. */
    boolean inList() {
        return inList;
    }

    /** Whether sentence {@code i} only announces the list that follows it. */
    boolean isListLead(int i, String sentence) {
        if (Cues.namesTheReport(sentence, title)) {
            return false; // 某县卫健局2024年工作思路 over its first item: the document's name, not a lead
        }
        if (Cues.announcesList(sentence)) {
            return true;
        }
        if (i + 1 >= sentences.size()) {
            return false;
        }
        Sentence next = sentences.get(i + 1);
        // the first item follows in the same line (a new sentence group) or opens the next line
        boolean follows = next.lineStart() == sentences.get(i).lineStart() ? next.group() != sentences.get(i).group()
                : next.start() == next.lineStart();
        return follows && ItemMarkers.isFirstItem(next.text(text)) && !Cues.isItem(sentence);
    }

    /** The limits governing sentence {@code i}, which states none of its own. */
    List<Deadline> limitsFor(int i, String sentence) {
        Sentence s = sentences.get(i);
        if (!groupLimits.isEmpty() && !isFirstOfGroup(i)) {
            return groupLimits;
        }
        if (inList && !listLimits.isEmpty()) {
            return listLimits;
        }
        return inherited(s);
    }

    /** The limits of the paragraph's head, else of the heading of the section holding the sentence. */
    private List<Deadline> inherited(Sentence s) {
        if (!lineLimits.isEmpty() && s.start() != s.lineStart()) {
            return lineLimits;
        }
        Span best = null;
        for (Span h : headings) {
            if (h.start() <= s.start() && s.start() < h.end() && (best == null || h.end() - h.start() < best.end() - best.start())) {
                best = h;
            }
        }
        return best == null ? List.of() : best.limits();
    }

    private boolean isFirstOfGroup(int i) {
        return i == 0 || sentences.get(i - 1).group() != sentences.get(i).group();
    }

    /** 年内,A要…: a limit standing alone before the first comma, or after a reporting clause (会议指出,2025年,A…). */
    private static boolean opensWithLimit(String sentence, List<DeadlineFinder.Found> found) {
        if (found.isEmpty()) {
            return false;
        }
        DeadlineFinder.Found first = found.get(0);
        int clauseStart = Cues.afterReportingClause(sentence);
        int clauseEnd = Clauses.endOf(sentence, clauseStart);
        return clauseEnd < sentence.length() && first.start() >= clauseStart && first.end() <= clauseEnd
                && clauseEnd - clauseStart - (first.end() - first.start()) <= 2;
    }

    /**
     * 会议要求,2024年全市卫生系统要A;B;C: a limit that opens the sentence as the topic of its subject and modal; the
     * clauses after (to the sentence's end, not the paragraph's) share both.
     */
    private static boolean opensAsTopic(String sentence, List<DeadlineFinder.Found> found) {
        if (found.isEmpty()) {
            return false;
        }
        DeadlineFinder.Found first = found.get(0);
        int clauseStart = Cues.afterReportingClause(sentence);
        int clauseEnd = Clauses.endOf(sentence, clauseStart);
        return first.start() == clauseStart && first.end() <= clauseEnd && OrientationCues.hasModal(
                sentence.substring(first.end(), Math.min(clauseEnd, first.end() + MAX_TOPIC_SUBJECT + 1)));
    }

    /**
     * 2024年…重点做好六项工作:A;B;C, or 做好今年工作,一要A;二要B: the limits stated before the colon, or
     * before a first item inside the sentence, govern the clauses after it.
     */
    private static List<Deadline> limitsBeforeList(String sentence, List<DeadlineFinder.Found> found) {
        int colon = Math.max(sentence.indexOf(':'), sentence.indexOf('：'));
        int lead = colon >= 0 ? colon : Cues.firstItemInside(sentence);
        if (lead < 0) {
            return List.of();
        }
        return found.stream().filter(f -> f.end() <= lead).map(DeadlineFinder.Found::deadline).toList();
    }
}
