package io.reportlens.engine.metadata;

import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;
import io.reportlens.engine.model.SourceHints;
import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.sections.SectionParser;

import java.util.List;

/**
 * Spec §2: what a report is, read from its normalized text. Thread-safe.
 *
 * <p>The text wins over what came with it: the title and the published date are read from the
 * text first; the uploader's hints, then the container's declared title (HTML title, document
 * properties, stripped of the site's name), fill in only what the text does not say, since portals
 * decorate declared titles with their own name and scrapers stamp crawl dates. The region is the
 * issuer's; without an issuer, the area the title opens with.
 */
public final class MetadataExtractor {

    private final Gazetteer gazetteer = Gazetteer.load();
    private final IssuerFinder issuers = new IssuerFinder(gazetteer);
    private final SectionParser sections = new SectionParser();

    public ReportMetadata extract(NormalizedText normalized, String declaredTitle, SourceHints hints) {
        String text = normalized.text();
        String title = firstNonBlank(TitleFinder.find(text), hints == null ? null : hints.title(),
                TitleFinder.fromDeclared(declaredTitle));
        String publishedDate = firstNonBlank(PublishedDates.find(text), hints == null ? null : hints.publishedDate(), null);
        IssuerFinder.Issuer issuer = issuers.find(text, title);
        List<Section> outline = sections.parse(text, null);
        String docType = DocTypes.classify(title, text, outline);
        Integer periodYear = PeriodYears.find(docType, title, text, outline, publishedDate);
        Division region = issuer != null ? issuer.region() : regionOfTitle(title, text);
        return new ReportMetadata(
                title,
                issuer == null ? null : issuer.name(),
                region == null ? null : region.name(),
                region == null ? null : region.code(),
                region == null ? null : gazetteer.province(region).name(),
                region == null ? null : region.level(),
                docType,
                periodYear,
                publishedDate,
                normalized.script());
    }

    /** Without a named issuer, the area a title opens with (南京市2023年卫生健康工作总结). */
    private Division regionOfTitle(String title, String text) {
        RegionResolver.Resolved r = title == null ? null : new RegionResolver(gazetteer, text).first(title);
        return r != null && r.start() == 0 ? r.division() : null;
    }

    private static String firstNonBlank(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return c == null || c.isBlank() ? null : c.strip();
    }
}
