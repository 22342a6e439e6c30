package io.reportlens.engine.metadata;

/**
 * One administrative division with its GB/T 2260 code.
 *
 * @param level      province, city, district or county
 * @param parentCode the enclosing province or prefecture, null for a province
 */
public record Division(String code, String name, String level, String parentCode) {
}
