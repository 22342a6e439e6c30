package io.reportlens.query.service;

import com.mongodb.client.model.Sorts;
import io.reportlens.query.model.CompareEntry;
import io.reportlens.query.model.Comparison;
import io.reportlens.query.model.IndicatorEntry;
import io.reportlens.query.model.RankedRegion;
import io.reportlens.query.model.Series;
import io.reportlens.query.model.SeriesPoint;
import io.reportlens.query.model.SeriesYear;
import io.reportlens.query.store.MetricStore;
import io.reportlens.query.store.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers {@code /indicators}: the catalog (counters), and one region's series and a province's ranking
 * (indexed finds on query_metrics).
 */
@ApplicationScoped
public class IndicatorQueries {

    private final IndicatorCatalog catalog;
    private final MetricStore metrics;
    private final ReportStore reports;

    public IndicatorQueries(IndicatorCatalog catalog, MetricStore metrics, ReportStore reports) {
        this.catalog = catalog;
        this.metrics = metrics;
        this.reports = reports;
    }

    public List<IndicatorEntry> catalog() {
        return catalog.entries();
    }

    public boolean exists(String indicatorId) {
        return catalog.entries().stream().anyMatch(e -> e.id().equals(indicatorId));
    }

    /** Year → actual and target figures, or null when the store holds none of this indicator in this region. */
    public Series series(String indicatorId, String regionCode) {
        List<SeriesPoint> points = FollowThroughUpdater.points(
                metrics.inSeries(List.of(TrackKeys.series(indicatorId, regionCode))));
        if (points.isEmpty()) {
            return null;
        }
        Map<Integer, List<SeriesPoint>> byYear = new TreeMap<>();
        points.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        List<SeriesYear> years = new ArrayList<>();
        byYear.forEach((year, ps) -> years.add(new SeriesYear(year,
                ps.stream().filter(p -> "actual".equals(p.kind())).toList(),
                ps.stream().filter(p -> "target".equals(p.kind())).toList())));
        return new Series(indicatorId, regionCode, years);
    }

    /**
     * The regions of a province ranked by value (highest first unless {@code ascending}); the province is
     * a GB/T 2260 code or a name the reports used. One figure per region; when several reports state one, the greatest report id wins (deterministic).
     */
    public Comparison compare(String indicatorId, int year, String province, boolean ascending) {
        String provinceCode = RegionCodes.isValid(province) ? RegionCodes.provinceOf(province) : reports.provinceCode(province);
        if (provinceCode == null) {
            return new Comparison(indicatorId, year, province, List.of());
        }
        Map<String, CompareEntry> byRegion = new TreeMap<>();
        Bson filter = new Conditions().eq("indicatorId", indicatorId).eq("year", year).eq("kind", "actual")
                .regionCode("regionCode", provinceCode).visible(false).bson();
        List<Document> actuals = metrics.find(filter, Sorts.ascending("reportId", "seq")).into(new ArrayList<>());
        for (CompareEntry e : firstActualPerRegionAndReport(actuals)) {
            byRegion.merge(e.regionCode(), e, (a, b) -> a.reportId().compareTo(b.reportId()) >= 0 ? a : b);
        }
        Comparator<CompareEntry> order = Comparator.comparingDouble(CompareEntry::value);
        List<CompareEntry> ranked = byRegion.values().stream()
                .sorted((ascending ? order : order.reversed()).thenComparing(CompareEntry::regionCode)).toList();
        List<RankedRegion> regions = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CompareEntry e = ranked.get(i);
            regions.add(new RankedRegion(i + 1, e.regionCode(), e.region(), e.value(), e.unit(), e.reportId(),
                    e.metricId(), e.text()));
        }
        return new Comparison(indicatorId, year, province, regions);
    }

    /** Each report's first stated actual figure per region, from actual figures in their reports' order. */
    private static List<CompareEntry> firstActualPerRegionAndReport(List<Document> metrics) {
        Map<String, CompareEntry> first = new LinkedHashMap<>();
        for (Document m : metrics) {
            if ("actual".equals(m.getString("kind"))) {
                first.putIfAbsent(m.getString("regionCode") + "|" + m.getString("reportId"), new CompareEntry(
                        m.getString("regionCode"), m.getString("region"), ((Number) m.get("value")).doubleValue(),
                        m.getString("unit"), m.getString("reportId"), m.getString("id"), m.getString("text")));
            }
        }
        return List.copyOf(first.values());
    }
}
