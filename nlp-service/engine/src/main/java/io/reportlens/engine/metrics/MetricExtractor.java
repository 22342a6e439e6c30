package io.reportlens.engine.metrics;

import io.reportlens.engine.model.Ids;
import io.reportlens.engine.model.Metric;
import io.reportlens.engine.model.ReportMetadata;
import io.reportlens.engine.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spec §3. (Placeholder: Arabic numbers with a known unit; replaced by the real extractor.) */
public final class MetricExtractor {

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)(万|亿)?(%|‰|个|家|人次|人|张|元|所|项|次|间|名|支|天)");

    public List<Metric> extract(String reportKey, String text, List<Section> sections, ReportMetadata report) {
        List<Metric> metrics = new ArrayList<>();
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if ("万".equals(m.group(2))) value *= 1e4;
            if ("亿".equals(m.group(2))) value *= 1e8;
            int start = Math.max(0, m.start() - 12);
            String indicator = text.substring(start, m.start()).strip();
            metrics.add(new Metric(Ids.of("m", reportKey, start, m.end()), indicator, null, value, null, m.group(3),
                    m.group(), "=", "actual", report.periodYear(), null, null,
                    text.substring(start, m.end()), start, m.end()));
        }
        return metrics;
    }
}
