package io.reportlens.engine.frame;

import io.reportlens.engine.metadata.DocTypes;
import io.reportlens.engine.metadata.MetadataExtractor;
import io.reportlens.engine.metadata.NewsLead;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.sections.HeadingMarker;
import io.reportlens.engine.sections.ItemMarkers;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.sections.SectionParser;
import io.reportlens.engine.text.Sentence;
import io.reportlens.engine.text.SentenceSplitter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one pass that decides a report's frame: its outline, its metadata, and for every sentence
 * whether it looks back or forward. Thread-safe.
 *
 * <p>A sentence's orientation is what its own words say, when they say it clearly
 * ({@link OrientationCues}, {@link Orientation#DECISIVE}); a sentence that says nothing continues its paragraph (the items after 会议要求,…要… are requirements too, the
 * sentences after 2022年,全县完成… results too). A paragraph starts from its part of the report — a
 * plan section looks forward, a review or problems section back, a paragraph opening with 下一步 /
 * 下半年 / 明年 / 今后 forward — else from the document: a plan forward, a summary back, a speech
 * or the news of a meeting neither (its sentences must say).
 */
public final class FrameReader {

    /**
     * A lead that announces what is to be done, its items after the colon: 明确了2023年重点工作任务:抓…;抓…,
     * 总体工作要求:…, 2019年全市工作的具体思路是:…, 十大重点任务分别为:…. The items say what is to be done, whatever tense the lead tells of its
     * announcing in.
     */
    private static final Pattern TASK_LEAD = Pattern.compile("(?:任务|目标|要求|思路)(?:分别)?(?:是|为|如下)?[:：]");
    private static final int TASK_LEAD_LONGEST = 7;
    /**
     * A lead that arranges work, its items in the sentences after it: 对2016年工作进行了详细安排。一是…;二是…,
     * 会议对今年工作作出部署。一要…. The items say what is arranged, whatever tense the lead tells of its arranging in.
     */
    private static final Pattern ARRANGING_LEAD = Pattern.compile("(?:进行|作出|作了|做出|作)了?[^,，;；]{0,4}(?:安排|部署)(?:部署|安排)?$");
    /**
     * A lead that names the coming work and stops, the work told in the sentences after it: 会上介绍了2025年重点工作。完善…;
     * 会议明确了今年的主要任务。. (总结…,部署2025年工作。 tells the meeting's course: what follows is who attended.) Those sentences say what is to be done, in whatever tense the lead tells of its naming.
     */
    private static final Pattern NAMING_LEAD = Pattern.compile(
            "(?:介绍|明确|提出)了?(?:今年|明年|本年度|全年|下一步|下半年|20\\d{2}年)(?:度)?(?:全[省市县区旗州]|全系统)?(?:卫生健康|卫生|卫健)?(?:工作)?(?:的)?"
                    + "(?:重点工作|工作重点|重点任务|主要任务|目标任务)(?:任务)?$");
    /** The last characters a {@link #NAMING_LEAD} can end on (…工作, …重点, …任务): a cheap test before the pattern. */
    private static final String NAMING_LEAD_ENDS = "作点务";
    private static final Pattern PASSAGE_START = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?(?:下一步|下半年|明年|今后|接下来|下阶段)");

    private static final Pattern YEAR_OPENING = Pattern.compile("(?:今年|((?:19|20)\\d{2})年)[,，]");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SectionParser sectionParser = new SectionParser();

    public ReportFrame read(NormalizedText normalized, String declaredTitle, SourceHints hints) {
        String text = normalized.text();
        List<Section> outline = sectionParser.parse(text, null);
        NewsLead.Kind news = NewsLead.of(text);
        ReportMetadata report = metadata.extract(normalized, declaredTitle, hints, outline, news);
        if (!DocTypes.isStated(report.title(), text, news)) {
            String docType = DocTypeCensus.correct(report.docType(), text, Timeline.of(report).now());
            report = MetadataExtractor.retyped(report, docType, text, outline);
        }
        return frame(text, report, sectionParser.parse(text, report), news);
    }

    /** The frame of a text whose metadata and outline are known: its sentences and their orientation. */
    public static ReportFrame frame(String text, ReportMetadata report, List<Section> sections) {
        return frame(text, report, sections, NewsLead.of(text));
    }

    private static ReportFrame frame(String text, ReportMetadata report, List<Section> sections, NewsLead.Kind news) {
        List<Sentence> sentences = SPLITTER.split(text);
        Timeline timeline = Timeline.of(report);
        ReportFrame unoriented = new ReportFrame(text, report, sections, sentences, new Orientation[0], timeline, news);
        return new ReportFrame(text, report, sections, sentences, orient(text, sentences, unoriented, timeline), timeline, news);
    }

    private static Orientation[] orient(String text, List<Sentence> sentences, ReportFrame frame, Timeline timeline) {
        Orientation[] out = new Orientation[sentences.size()];
        Orientation current = Orientation.NEUTRAL;
        int line = -1;
        String forwardList = null; // the marker kind of a list whose lead looks forward, while its item lines go on
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.lineStart() != line) {
                line = s.lineStart();
                if (forwardList != null && forwardList.equals(ItemMarkers.kind(s.text(text)))) {
                    current = Orientation.FORWARD; // 二是…: an item of the list a forward lead opened
                } else {
                    forwardList = null;
                    current = paragraphDefault(text, s, frame);
                }
            }
            int items = afterTaskLead(text, s);
            if (items >= 0) {
                // the items look forward unless they say otherwise themselves
                current = OrientationCues.score(text, items, s.end(), timeline.now()) <= -Orientation.DECISIVE
                        ? Orientation.BACK : Orientation.FORWARD;
            } else {
                int score = OrientationCues.score(text, s.start(), s.end(), timeline.now());
                if (score >= 0 && frame.news() == NewsLead.Kind.MEETING && opensWithTheMeetingsYear(text, s, timeline.now())) {
                    // 今年,全县卫生健康工作坚持…: what the meeting sets for its year, unless the sentence says it is done (明确了)
                    score += Orientation.DECISIVE;
                }
                if (current == Orientation.BACK && isReview(frame, s.start())
                        && (score - OrientationCues.withinYearWeight(text, s.start(), s.end()) < Orientation.DECISIVE
                        || score - OrientationCues.resolveWeight(text, s.start(), s.end()) < Orientation.DECISIVE)) {
                    // 年内,有正式干部职工638人: in a review, a span within the year says when, not that it is still to
                    // come; 确保…件件有着落 how firmly the work was done
                    score = Math.min(score, Orientation.DECISIVE - 1);
                }
                current = Orientation.of(score, current);
            }
            out[i] = current;
            if (i + 1 < sentences.size() && arrangesTheItemsAfter(text, s, sentences.get(i + 1))) {
                current = Orientation.FORWARD; // the lead keeps its own orientation; its items look forward
            }
            if (i + 1 < sentences.size() && current == Orientation.FORWARD && opensAListOnTheNextLine(text, s, sentences.get(i + 1))) {
                // 会议提出,2025年全省…要…。 / 一是…。 / 二是…: a forward lead's items, a line each, look forward with it
                forwardList = ItemMarkers.kind(sentences.get(i + 1).text(text));
            }
        }
        return out;
    }

    /**
     * Whether the offset is in a part that reviews for certain: a review or problems section, or a summary's text
     * (a summary-and-plan's unnamed parts may be its plan).
     */
    private static boolean isReview(ReportFrame frame, int offset) {
        String kind = frame.sectionKindAt(offset);
        return SectionKinds.REVIEW.equals(kind) || SectionKinds.PROBLEMS.equals(kind)
                || SectionKinds.OTHER.equals(kind) && "summary".equals(frame.report().docType());
    }

    /**
     * Whether sentence {@code s} is a lead that arranges work and {@code next} is its list's first item, or a lead that
     * names the coming work and {@code next} goes on in its paragraph.
     */
    private static boolean arrangesTheItemsAfter(String text, Sentence s, Sentence next) {
        if (next.lineStart() == s.lineStart() && NAMING_LEAD_ENDS.indexOf(text.charAt(s.end() - 1)) >= 0
                && NAMING_LEAD.matcher(text).region(s.start(), s.end()).find()) {
            return true; // 会上介绍了2025年重点工作。完善…: the paragraph goes on with the work it names
        }
        return (text.charAt(s.end() - 1) == '排' || text.charAt(s.end() - 1) == '署')
                && ARRANGING_LEAD.matcher(text).region(s.start(), s.end()).find()
                && ItemMarkers.isFirstItem(next.text(text));
    }

    /**
     * Whether the sentence opens with the year a meeting is for, standing alone (今年, / 2025年,): in the news of the
     * meeting it tells that year's work, as the meeting set it.
     */
    private static boolean opensWithTheMeetingsYear(String text, Sentence s, Integer now) {
        Matcher m = YEAR_OPENING.matcher(text).region(s.start(), s.end());
        if (!m.lookingAt()) {
            return false;
        }
        return m.group(1) == null || now != null && Integer.parseInt(m.group(1)) == now;
    }

    /**
     * Whether {@code next} opens the next line with a list's first item (一是, 第一,) right after sentence {@code s}; a
     * heading's number ((一), 1.) opens a section, which says its own kind.
     */
    private static boolean opensAListOnTheNextLine(String text, Sentence s, Sentence next) {
        String item = next.text(text);
        return next.lineStart() != s.lineStart() && next.start() == next.lineStart() && ItemMarkers.isFirstItem(item)
                && HeadingMarker.level(item) == 0;
    }

    /** Where the items of a task lead, or of a lead that arranges work, start inside the sentence; -1 when it holds neither. */
    private static int afterTaskLead(String text, Sentence s) {
        int colon = s.start();
        while (colon < s.end() && text.charAt(colon) != ':' && text.charAt(colon) != '：') colon++;
        if (colon == s.end()) {
            return -1;
        }
        // a lead ends at a colon and is at most seven characters long (任务分别为:): none starts further back
        Matcher m = TASK_LEAD.matcher(text).region(Math.max(s.start(), colon - TASK_LEAD_LONGEST + 1), s.end());
        if (m.find() && m.end() < s.end()) {
            return m.end();
        }
        // 会议就今年工作进行了安排:一是…: a lead that arranges work, its first item after the colon
        boolean arranging = colon > s.start() && (text.charAt(colon - 1) == '排' || text.charAt(colon - 1) == '署')
                && ARRANGING_LEAD.matcher(text).region(s.start(), colon).find();
        return arranging && colon + 1 < s.end() ? colon + 1 : -1;
    }

    private static Orientation paragraphDefault(String text, Sentence first, ReportFrame frame) {
        if (PASSAGE_START.matcher(text.substring(first.start(), Math.min(text.length(), first.start() + 12))).find()) {
            return Orientation.FORWARD;
        }
        return frame.partOrientationAt(first.start());
    }
}
