package io.reportlens.engine.frame;

import io.reportlens.engine.metadata.DocTypes;
import io.reportlens.engine.metadata.MetadataExtractor;
import io.reportlens.engine.metadata.NewsLead;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.sections.SectionParser;
import io.reportlens.engine.text.Sentence;
import io.reportlens.engine.text.SentenceSplitter;

import java.util.List;
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

    private static final Pattern PASSAGE_START = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?(?:下一步|下半年|明年|今后|接下来|下阶段)");

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SectionParser sectionParser = new SectionParser();

    public ReportFrame read(NormalizedText normalized, String declaredTitle, SourceHints hints) {
        String text = normalized.text();
        ReportMetadata report = metadata.extract(normalized, declaredTitle, hints, sectionParser.parse(text, null));
        if (!DocTypes.isStated(report.title(), text, NewsLead.of(text))) {
            report = withDocType(report, DocTypeCensus.correct(report.docType(), text, Timeline.of(report).now()));
        }
        return frame(text, report, sectionParser.parse(text, report));
    }

    private static ReportMetadata withDocType(ReportMetadata r, String docType) {
        return new ReportMetadata(r.title(), r.issuer(), r.region(), r.regionCode(), r.province(), r.adminLevel(), docType,
                r.periodYear(), r.publishedDate(), r.script());
    }

    /** The frame of a text whose metadata and outline are known: its sentences and their orientation. */
    public static ReportFrame frame(String text, ReportMetadata report, List<Section> sections) {
        List<Sentence> sentences = SPLITTER.split(text);
        Timeline timeline = Timeline.of(report);
        NewsLead.Kind news = NewsLead.of(text);
        ReportFrame unoriented = new ReportFrame(text, report, sections, sentences, new Orientation[0], timeline, news);
        return new ReportFrame(text, report, sections, sentences, orient(text, sentences, unoriented, timeline), timeline, news);
    }

    private static Orientation[] orient(String text, List<Sentence> sentences, ReportFrame frame, Timeline timeline) {
        Orientation[] out = new Orientation[sentences.size()];
        Orientation current = Orientation.NEUTRAL;
        int line = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.lineStart() != line) {
                line = s.lineStart();
                current = paragraphDefault(text, s, frame);
            }
            current = Orientation.of(OrientationCues.score(text, s.start(), s.end(), timeline.now()), current);
            out[i] = current;
        }
        return out;
    }

    private static Orientation paragraphDefault(String text, Sentence first, ReportFrame frame) {
        if (PASSAGE_START.matcher(text.substring(first.start(), Math.min(text.length(), first.start() + 12))).find()) {
            return Orientation.FORWARD;
        }
        return frame.partOrientationAt(first.start());
    }
}
