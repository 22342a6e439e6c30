package io.reportlens.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the query side. */
@ConfigMapping(prefix = "reportlens.query")
public interface QueryConfig {

    /** The database every ReportLens service shares (each owns its prefixed collections). */
    @WithDefault("reportlens")
    String database();

    /** Largest page a list endpoint serves as JSON (CSV has no limit). */
    @WithDefault("500")
    int maxPageSize();
}
