package io.reportlens.engine.frame;

import io.reportlens.engine.metadata.NewsLead;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.sections.SectionKinds;
import io.reportlens.engine.text.Sentence;

import java.util.List;

/**
 * What a report is and how it is laid out, decided once by {@link FrameReader} and read by every
 * later stage: its metadata (type, year, region), its sections, its sentences, which of them look
 * back or forward, and the years relative time limits resolve against.
 */
public final class ReportFrame {

    /** The outline level of 一是…二是… points inside paragraphs. */
    private static final int POINT_LEVEL = 5;

    private final String text;
    private final ReportMetadata report;
    private final List<Section> sections;
    private final List<Sentence> sentences;
    private final Orientation[] orientations;
    private final Timeline timeline;
    private final NewsLead.Kind news;

    ReportFrame(String text, ReportMetadata report, List<Section> sections, List<Sentence> sentences,
                Orientation[] orientations, Timeline timeline, NewsLead.Kind news) {
        this.text = text;
        this.report = report;
        this.sections = sections;
        this.sentences = sentences;
        this.orientations = orientations;
        this.timeline = timeline;
        this.news = news;
    }

    /** The normalized text every offset points into. */
    public String text() {
        return text;
    }

    public ReportMetadata report() {
        return report;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Whether the text is news of a meeting or a plan rather than the document itself. */
    public NewsLead.Kind news() {
        return news;
    }

    public Orientation orientation(int sentenceIndex) {
        return orientations[sentenceIndex];
    }

    /** The index of the sentence holding {@code offset}, or of the last one before it; -1 before the first. */
    public int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The sentence holding {@code offset}, or null between sentences. */
    public Sentence sentenceAt(int offset) {
        int i = sentenceIndexAt(offset);
        return i >= 0 && offset < sentences.get(i).end() + 1 ? sentences.get(i) : null;
    }

    /**
     * The orientation of the clause text[from, to): its own words when they say, else its sentence's.
     * (已建成3家,力争年底达到5家: the first clause looks back, the second forward.)
     */
    public Orientation orientationOf(int from, int to) {
        int i = sentenceIndexAt(from);
        Orientation sentence = i < 0 ? Orientation.NEUTRAL : orientations[i];
        return Orientation.of(OrientationCues.score(text, from, to, timeline.now()), sentence);
    }

    /**
     * The year what is said in text[from, to) holds for, when the text itself names none: its section's
     * year, else the year its part is about — the plan's year when it looks forward, the reviewed year
     * when back (for a plan or a speech, the year before its own).
     */
    public Integer yearAt(int from, int to) {
        Integer section = sectionYearAt(from);
        if (section != null) {
            return section;
        }
        if (orientationOf(from, to) == Orientation.FORWARD) {
            return timelineAt(from).planYear();
        }
        Integer period = report.periodYear();
        boolean review = "summary".equals(report.docType()) || "summary_and_plan".equals(report.docType());
        return period == null || review ? period : Integer.valueOf(period - 1);
    }

    /**
     * Which way the part of the report holding the offset looks, whatever its own words say: a plan
     * section forward, a review or problems section back, else the document's way (a plan forward, a
     * summary back, a speech or news neither). Tables are read by this: a row's cells have no prose.
     */
    public Orientation partOrientationAt(int offset) {
        String kind = sectionKindAt(offset);
        if (SectionKinds.PLAN.equals(kind)) {
            return Orientation.FORWARD;
        }
        if (SectionKinds.REVIEW.equals(kind) || SectionKinds.PROBLEMS.equals(kind)) {
            return Orientation.BACK;
        }
        String docType = report.docType();
        if ("plan".equals(docType)) {
            return Orientation.FORWARD;
        }
        return "summary".equals(docType) || "summary_and_plan".equals(docType) ? Orientation.BACK : Orientation.NEUTRAL;
    }

    /** The kind (plan, review, problems) of the innermost classed section holding the offset, else "other". */
    public String sectionKindAt(int offset) {
        Section best = innermost(offset, true);
        return best == null ? SectionKinds.OTHER : best.kind();
    }

    /** The year named by the innermost plan section holding the offset, or null. */
    public Integer planYearAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (SectionKinds.PLAN.equals(s.kind()) && s.year() != null && contains(s, offset)
                    && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best == null ? null : best.year();
    }

    /** The year of the innermost section holding the offset that has one, or null. */
    public Integer sectionYearAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.year() != null && contains(s, offset) && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best == null ? null : best.year();
    }

    /** The timeline a sentence at the offset resolves relative limits against: its plan section's year first. */
    public Timeline timelineAt(int offset) {
        return timeline.inSectionOf(planYearAt(offset));
    }

    /** The heading of the innermost section holding the offset, or null. */
    public String headingAt(int offset) {
        Section best = innermost(offset, false);
        return best == null ? null : best.heading();
    }

    /** Whether a heading line starts at this offset (a 一是… point inside a paragraph is an item, not a heading). */
    public boolean isHeadingAt(int offset) {
        for (Section s : sections) {
            if (s.start() == offset && s.level() < POINT_LEVEL) {
                return true;
            }
        }
        return false;
    }

    private Section innermost(int offset, boolean classedOnly) {
        Section best = null;
        for (Section s : sections) {
            boolean classed = !SectionKinds.OTHER.equals(s.kind());
            if ((!classedOnly || classed) && contains(s, offset) && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best;
    }

    private static boolean contains(Section s, int offset) {
        return offset >= s.start() && offset < s.end();
    }
}
