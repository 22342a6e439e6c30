package io.reportlens.engine.tables;

/**
 * What a table's column holds, as its header says.
 *
 * @param year the year a value column is for (2025年, 2020年基期值), else null
 * @param unit a unit the header writes in brackets (目标值(%)), else null
 */
public record Column(Role role, Stance stance, Integer year, String unit) {

    public enum Role {
        /** 序号: the row's number. */
        SEQUENCE,
        /** 领域, 类别, 一级指标: a group of rows, often one merged cell. */
        CATEGORY,
        /** 指标, 指标名称, 项目: what the row measures. */
        INDICATOR,
        /** 单位, 计量单位. */
        UNIT,
        /** A year, 现状, 目标值…: the row's figures. */
        VALUE,
        /** 牵头单位, 属性, 备注, 分值: nothing to read. */
        IGNORED
    }

    /** Whether a value column states where things stand, where they should get to, or how they changed. */
    public enum Stance {
        /** 现状, 基期值, 完成情况, 实际完成值. */
        ACTUAL,
        /** 目标, 目标值, 预期, 年度指标值. */
        TARGET,
        /** 同比增长, 增幅: a change on the year before. */
        CHANGE,
        /** A bare year or 数值: the reader of the table decides from the report's own year. */
        UNSTATED
    }

    static Column of(Role role) {
        return new Column(role, null, null, null);
    }

    public boolean isValue() {
        return role == Role.VALUE;
    }
}
