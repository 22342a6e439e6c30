package io.reportlens.engine.metadata;

import io.reportlens.engine.text.WordList;

import io.reportlens.engine.text.Lexicon;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.normalize.Chars;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;

import java.util.List;

/**
 * Spec §2: what a report is, read from wherever its normalized text states it. Thread-safe.
 *
 * <p>The text wins over what came with it: the title and the published date are read from the
 * text first; the uploader's hints, then the container's declared title (HTML title, document
 * properties, stripped of the site's name), fill in only what the text does not say, since portals
 * decorate declared titles with their own name and scrapers stamp crawl dates (a news item is never
 * dated by its posting). The region is found first, from all the text says of it ({@link RegionFinder});
 * the issuer is then the body that issued the report for that region.
 */
public final class MetadataExtractor {

    private static final int MIN_HEADLINE_HAN = 8;

    private final Gazetteer gazetteer = Gazetteer.load();
    private final PlaceMentions places = new PlaceMentions(gazetteer);
    private final RegionFinder regions = new RegionFinder(gazetteer, places);
    private final IssuerFinder issuers = new IssuerFinder(gazetteer);
    private static final String TAIWAN = "台湾省";
    private static final Lexicon TAIWAN_WORDS = WordList.lexicon(MetadataExtractor.class, "taiwan-words.txt");
    /** How much of a text's head may state its main year. */
    private static final int OPENING = 600;

    /** @param outline the report's sections as the headings class them */
    public ReportMetadata extract(NormalizedText normalized, String declaredTitle, SourceHints hints, List<Section> outline) {
        return extract(normalized, declaredTitle, hints, outline, NewsLead.of(normalized.text()));
    }

    /** @param news what kind of news the text is, when the caller has read it already */
    public ReportMetadata extract(NormalizedText normalized, String declaredTitle, SourceHints hints, List<Section> outline,
                                  NewsLead.Kind news) {
        String text = normalized.text();
        String headline = NewsLead.headline(text);
        // news of a year's statistics bulletin or of a plan is titled by the document it tells of (发布《2022年…统计公报》,
        // 出台《…规划》), not by its headline
        String title = firstNonBlank(TitleFinder.releasedBulletin(text), news == NewsLead.Kind.PLAN ? TitleFinder.announcedPlan(text) : null,
                TitleFinder.sharedDocument(text),
                TitleFinder.find(text),
                hints == null ? null : hints.title(), TitleFinder.fromDeclared(declaredTitle),
                news != NewsLead.Kind.NONE && headline != null && isWorded(headline) && !TitleFinder.isSiteName(headline)
                        ? TitleFinder.undecorated(headline) : null);
        String publishedDate = PublishedDates.find(text, news != NewsLead.Kind.NONE);
        if (publishedDate == null && news == NewsLead.Kind.NONE && hints != null && hints.publishedDate() != null) {
            publishedDate = hints.publishedDate().strip();
        }
        Division region = regions.find(text, title, headline);
        String issuer = issuers.find(text, title, region, news == NewsLead.Kind.MEETING);
        String docType = DocTypes.classify(title, text, outline, news);
        String township = region == null ? Townships.find(text, title) : null;
        // a text that names no place but speaks with Taiwan's own words (六都, 疾管署, 长照2.0) is of its province
        String province = region != null ? gazetteer.province(region).name()
                : township == null && TAIWAN_WORDS.foundIn(text) ? TAIWAN : null;
        Integer periodYear = PeriodYears.find(docType, title, text, outline, publishedDate);
        if (periodYear == null && TAIWAN.equals(province)) {
            periodYear = RepublicYears.mainYear(title, text.substring(0, Math.min(text.length(), OPENING)), publishedDate);
        }
        return new ReportMetadata(
                title,
                issuer,
                region == null ? township : region.name(),
                region == null ? null : region.code(),
                province,
                region == null ? (township == null ? levelWithoutPlace(text, issuer) : null) : region.level(),
                docType,
                periodYear,
                publishedDate,
                normalized.script());
    }

    /**
     * The report as another type, once the frame has read its type from its sentences (DocTypeCensus): its main
     * year is the one that type is about (a plan's first year, a review's year), where the text gives one.
     */
    public static ReportMetadata retyped(ReportMetadata r, String docType, String text, List<Section> outline) {
        Integer periodYear = docType == null || docType.equals(r.docType()) ? r.periodYear()
                : PeriodYears.find(docType, r.title(), text, outline, r.publishedDate());
        return new ReportMetadata(r.title(), r.issuer(), r.region(), r.regionCode(), r.province(), r.adminLevel(), docType,
                periodYear != null ? periodYear : r.periodYear(), r.publishedDate(), r.script());
    }

    /**
     * The level of an area nothing names: by the words the report speaks of it with (全市, 我县), else
     * by its issuer written without a place name (县卫健委, 区卫生健康局), which also wins over scope words of a higher level.
     */
    private static String levelWithoutPlace(String text, String issuer) {
        String byScope = Scope.level(Scope.ending(text));
        String byIssuer = issuer == null || issuer.length() < 3 ? null : Scope.level(issuer.substring(0, 1));
        // XX市卫生健康委 citing 全省: scope words of a level above the issuer's speak of its superiors
        return byScope == null || byIssuer != null && Scope.rankOf(byScope) > Scope.rankOf(byIssuer) ? byIssuer : byScope;
    }

    /** A headline in words (梅州:谋篇布局新一年卫生健康工作), not a portal's path (首页 > 新闻) or a link. */
    private static boolean isWorded(String line) {
        int han = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '|' || c == '/' || c == '»') return false;
            if (Chars.isHan(c)) han++;
        }
        return han >= MIN_HEADLINE_HAN;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }
}
