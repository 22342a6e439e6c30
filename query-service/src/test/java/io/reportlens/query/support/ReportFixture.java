package io.reportlens.query.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.UUID;

/**
 * Builds a {@code reports.extracted} event the way the extractor would: every span is located in the
 * text, so {@code text == normalized.substring(start, end)} holds for each metric and commitment.
 */
public final class ReportFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode data = JSON.createObjectNode();
    private final String text;
    private final ArrayNode metrics;
    private final ArrayNode commitments;
    private final ArrayNode sections;

    public ReportFixture(String reportId, String extractorVersion, String text) {
        this.text = text;
        data.put("reportId", reportId);
        data.put("extractorVersion", extractorVersion);
        data.put("extractedAt", Instant.parse("2025-01-10T08:00:00Z").toString());
        data.putNull("previousVersionId");
        data.put("sourceUrl", "https://example.org/" + reportId);
        data.put("text", text);
        sections = data.putArray("sections");
        metrics = data.putArray("metrics");
        commitments = data.putArray("commitments");
    }

    public ReportFixture report(String title, String region, String regionCode, String province, String adminLevel,
                                String docType, int periodYear, String publishedDate) {
        ObjectNode r = data.putObject("report");
        r.put("title", title);
        r.put("issuer", region + "卫生健康局");
        r.put("region", region);
        r.put("regionCode", regionCode);
        r.put("province", province);
        r.put("adminLevel", adminLevel);
        r.put("docType", docType);
        r.put("periodYear", periodYear);
        r.put("publishedDate", publishedDate);
        r.put("script", "simplified");
        return this;
    }

    public ReportFixture previousVersion(String previousId) {
        data.put("previousVersionId", previousId);
        return this;
    }

    public ReportFixture section(String heading, String kind, String spanUntil) {
        int start = locate(heading);
        int end = spanUntil == null ? text.length() : locate(spanUntil) + spanUntil.length();
        ObjectNode s = sections.addObject();
        s.put("heading", heading);
        s.put("level", 1);
        s.put("kind", kind);
        s.putNull("year");
        s.put("start", start);
        s.put("end", end);
        return this;
    }

    /** A metric whose sentence is {@code span}; {@code year}/{@code region} null when the report's own. */
    public ReportFixture metric(String id, String span, String indicator, String indicatorId, double value, String unit,
                                String raw, String comparator, String kind, Integer year, String region) {
        int start = locate(span);
        ObjectNode m = metrics.addObject();
        m.put("id", id);
        m.put("indicator", indicator);
        m.put("indicatorId", indicatorId);
        m.put("value", value);
        m.putNull("valueHigh");
        m.put("unit", unit);
        m.put("raw", raw);
        m.put("comparator", comparator);
        m.put("kind", kind);
        if (year == null) {
            m.putNull("year");
        } else {
            m.put("year", year);
        }
        m.put("region", region);
        m.putNull("baseline");
        m.put("text", span);
        m.put("start", start);
        m.put("end", start + span.length());
        return this;
    }

    /** A commitment whose sentence is {@code span}, with one deadline (or none) and one target (or none). */
    public ReportFixture commitment(String id, String span, String action, String object, String deadlineRaw,
                                    String deadlineDate, String targetMetricId, String targetIndicator,
                                    Double targetValue, String targetUnit, String comparator, String strength,
                                    String topic) {
        int start = locate(span);
        ObjectNode c = commitments.addObject();
        c.put("id", id);
        c.put("text", span);
        c.put("start", start);
        c.put("end", start + span.length());
        c.put("action", action);
        c.put("object", object);
        ArrayNode deadlines = c.putArray("deadlines");
        if (deadlineRaw != null) {
            deadlines.addObject().put("raw", deadlineRaw).put("date", deadlineDate);
        }
        ArrayNode targets = c.putArray("targets");
        if (targetValue != null) {
            targets.addObject().put("metricId", targetMetricId).put("indicator", targetIndicator)
                    .put("value", targetValue).putNull("valueHigh").put("unit", targetUnit).put("comparator", comparator);
        }
        c.put("strength", strength);
        c.putNull("owner");
        c.put("topic", topic);
        c.put("measurable", targetValue != null || deadlineRaw != null);
        return this;
    }

    public String reportId() {
        return data.get("reportId").asText();
    }

    /** The CloudEvents envelope in structured JSON mode, as nlp-service publishes it. */
    public String event() {
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", "1.0");
        e.put("id", UUID.randomUUID().toString());
        e.put("source", "/reportlens/nlp-service");
        e.put("type", "io.reportlens.report.extracted");
        e.put("time", Instant.now().toString());
        e.put("subject", reportId());
        e.put("datacontenttype", "application/json");
        e.set("data", data.deepCopy());
        return e.toString();
    }

    private int locate(String span) {
        int at = text.indexOf(span);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + span);
        }
        return at;
    }
}
