package io.reportlens.engine.tables;

import io.reportlens.engine.tables.Column.Role;
import io.reportlens.engine.tables.Column.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableFinderTest {

    private final TableFinder finder = new TableFinder();

    private Table only(String text) {
        List<Table> tables = finder.find(text);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void readsAPipeTableUnderItsHeader() {
        String text = "全市卫生健康主要指标如下。\n"
                + "指标 | 单位 | 2020年 | 2025年\n"
                + "每千人口医疗卫生机构床位数 | 张 | 6.3 | 7.0\n"
                + "孕产妇死亡率 | 1/10万 | 9.1 | <8\n"
                + "各项指标按年度分解落实。";
        Table table = only(text);
        assertThat(table.columns()).extracting(Column::role)
                .containsExactly(Role.INDICATOR, Role.UNIT, Role.VALUE, Role.VALUE);
        assertThat(table.columns()).extracting(Column::year).containsExactly(null, null, 2020, 2025);
        assertThat(table.rows()).hasSize(2);
        assertThat(texts(table.rows().get(1))).containsExactly("孕产妇死亡率", "1/10万", "9.1", "<8");
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) assertThat(text.substring(cell.start(), cell.end())).isEqualTo(cell.text());
        }
        assertThat(text.substring(table.start(), table.end())).startsWith("指标 | 单位").endsWith("9.1 | <8");
    }

    @Test
    void headerWordsGiveEachColumnItsRole() {
        Table table = only("序号 | 领域 | 指标名称 | 计量单位 | 基期值(2020年) | 2025年目标值 | 目标值(%) | 指标属性 | 牵头单位\n"
                + "1 | 健康水平 | 人均预期寿命 | 岁 | 78.2 | 79.0 | 80 | 预期性 | 市卫生健康委\n");
        assertThat(table.columns()).extracting(Column::role).containsExactly(Role.SEQUENCE, Role.CATEGORY, Role.INDICATOR,
                Role.UNIT, Role.VALUE, Role.VALUE, Role.VALUE, Role.IGNORED, Role.IGNORED);
        assertThat(table.columns().get(4)).isEqualTo(new Column(Role.VALUE, Stance.ACTUAL, 2020, null));
        assertThat(table.columns().get(5)).isEqualTo(new Column(Role.VALUE, Stance.TARGET, 2025, null));
        assertThat(table.columns().get(6)).isEqualTo(new Column(Role.VALUE, Stance.TARGET, null, "%"));
        assertThat(only("指标名称(单位) | 数值(预期) | 2025年(目标)\n人均预期寿命(岁) | 79 | 80\n").columns()).containsExactly(
                Column.of(Role.INDICATOR), new Column(Role.VALUE, Stance.TARGET, null, null), new Column(Role.VALUE, Stance.TARGET, 2025, null));
    }

    @Test
    void aTwoRowHeaderGivesEachValueColumnItsStanceAndYear() {
        Table table = only("指标 | 单位 | 现状 | 目标值 | 目标值\n"
                + " | | 2022年 | 2025年 | 2027年\n"
                + "每万人口全科医生数 | 人 | 3.1 | 3.9 | 4.5\n");
        assertThat(table.columns().subList(2, 5)).containsExactly(
                new Column(Role.VALUE, Stance.ACTUAL, 2022, null),
                new Column(Role.VALUE, Stance.TARGET, 2025, null),
                new Column(Role.VALUE, Stance.TARGET, 2027, null));
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void aMergedCategoryIsCarriedDownWhetherLeftEmptyOrLeftOut() {
        Table table = only("类别 | 指标 | 单位 | 2025年\n"
                + "健康水平 | 人均预期寿命 | 岁 | 79.5\n"
                + " | 婴儿死亡率 | ‰ | 4.5\n"
                + "5岁以下儿童死亡率 | ‰ | 6.0\n"
                + "健康服务 | 每千人口注册护士数 | 人 | 3.8\n");
        assertThat(table.rows()).extracting(r -> r.cell(0).text())
                .containsExactly("健康水平", "健康水平", "健康水平", "健康服务");
        assertThat(table.rows()).extracting(r -> r.cell(1).text())
                .containsExactly("人均预期寿命", "婴儿死亡率", "5岁以下儿童死亡率", "每千人口注册护士数");
        Row third = table.rows().get(2);
        assertThat(third.owns(third.cell(0))).isFalse();
        assertThat(third.owns(third.cell(3))).isTrue();
    }

    @Test
    void aGroupTitleRowBecomesTheCategoryOfTheRowsBelow() {
        Table table = only("领域 | 指标 | 单位 | 2025年\n"
                + "一、健康生活 |\n"
                + " | 居民健康素养水平 | % | 30\n"
                + " | 经常参加体育锻炼人数比例 | % | 40\n");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows()).extracting(r -> r.cell(0).text()).containsOnly("一、健康生活");
    }

    @Test
    void readsBackATableFlattenedToOneCellPerLineByItsRowNumbers() {
        String text = "附件:主要目标\n序号 |\n指标名称 |\n单位 |\n2022年 |\n2026年 |\n牵头单位 |\n"
                + "1 |\n人均预期寿命 |\n岁 |\n79.1 |\n≥80 |\n县卫健局 |\n"
                + "2 |\n居民健康素养水平 |\n% |\n27.5 |\n- |\n县卫健局 县教育局 |\n"
                + "3 |\n婴儿死亡率 |\n‰ |\n3.02 |\n<4 |\n"
                + "4 |\n职业健康检查覆盖率 |\n% |\n90 |\n≥95 |\n县卫健局 |\n"
                + "以上指标每年评估一次。";
        Table table = only(text);
        assertThat(table.columns()).extracting(Column::role).containsExactly(Role.SEQUENCE, Role.INDICATOR, Role.UNIT,
                Role.VALUE, Role.VALUE, Role.IGNORED);
        assertThat(table.rows()).hasSize(4);
        assertThat(texts(table.rows().get(0))).containsExactly("1", "人均预期寿命", "岁", "79.1", "≥80", "县卫健局");
        // the third row has no 牵头单位 cell: the fourth still starts at its number
        assertThat(texts(table.rows().get(2))).containsExactly("3", "婴儿死亡率", "‰", "3.02", "<4", "");
        assertThat(texts(table.rows().get(3))).containsExactly("4", "职业健康检查覆盖率", "%", "90", "≥95", "县卫健局");
        Row first = table.rows().get(0);
        assertThat(text.substring(first.cell(1).start(), first.cell(4).end())).isEqualTo("人均预期寿命 |\n岁 |\n79.1 |\n≥80");
    }

    @Test
    void aFlattenedTableWithoutRowNumbersIsCutEverySoManyCells() {
        Table table = only("指标 |\n单位 |\n目标值 |\n每千人口床位数 |\n张 |\n6.8 |\n每千人口药师数 |\n人 |\n0.54 |\n");
        assertThat(table.rows()).extracting(r -> r.cell(2).text()).containsExactly("6.8", "0.54");
    }

    @Test
    void rowsUnderNoHeaderFormATableWithoutColumns() {
        Table table = only("孕产妇死亡率 | 1/10万 | <7\n");
        assertThat(table.hasHeader()).isFalse();
        assertThat(texts(table.rows().get(0))).containsExactly("孕产妇死亡率", "1/10万", "<7");
    }

    @Test
    void textWithoutBarsHasNoTables() {
        assertThat(finder.find("全年新增家庭医生签约12.5万人,签约率达到45%。\n下一步,继续推进医共体建设。")).isEmpty();
    }

    @Test
    void readsATableWhoseCellsWereJoinedWithSingleSpaces() {
        String text = "表1 主要指标\n序号 指标名称 单位 2022年 2025年 牵头单位\n"
                + "1 人均预期寿命 岁 78.6 ≥79.5 区卫健局\n"
                + "2 职业病报告发病率 /10万 3.1 <3 区卫健局 区人社局\n"
                + "各责任单位要按年度报送指标完成情况。";
        Table table = only(text);
        assertThat(table.columns()).extracting(Column::role).containsExactly(Role.SEQUENCE, Role.INDICATOR, Role.UNIT,
                Role.VALUE, Role.VALUE, Role.IGNORED);
        assertThat(table.rows()).hasSize(2);
        assertThat(texts(table.rows().get(1))).containsExactly("2", "职业病报告发病率", "/10万", "3.1", "<3", "区卫健局 区人社局");
        assertThat(text.substring(table.start(), table.end())).endsWith("区卫健局 区人社局");
    }

    @Test
    void aSpacedLineOfOrdinaryWordsIsNoHeader() {
        assertThat(finder.find("项目 建设 进展顺利\n1 新建 病房楼 2栋")).isEmpty();
    }

    @Test
    void yearsWrittenOnceUnderMergedStanceCellsSpreadUnderThem() {
        Table piped = only("序号 | 指标 | 单位 | 基期值 | 目标值 | 指标属性\n"
                + "2020年 | 2025年 | 2030年\n"
                + "1 | 人均预期寿命 | 岁 | 77.8 | 79 | 80 | 预期性\n");
        assertThat(piped.columns()).containsExactly(Column.of(Role.SEQUENCE), Column.of(Role.INDICATOR), Column.of(Role.UNIT),
                new Column(Role.VALUE, Stance.ACTUAL, 2020, null),
                new Column(Role.VALUE, Stance.TARGET, 2025, null),
                new Column(Role.VALUE, Stance.TARGET, 2030, null),
                Column.of(Role.IGNORED));
        assertThat(texts(piped.rows().get(0))).containsExactly("1", "人均预期寿命", "岁", "77.8", "79", "80", "预期性");

        Table flat = only("序号 |\n指标 |\n单位 |\n现状 |\n目标 |\n2022年 |\n2025年 |\n"
                + "1 |\n居民健康素养水平 |\n% |\n28 |\n32 |\n2 |\n婴儿死亡率 |\n‰ |\n3.4 |\n<3.5 |\n");
        assertThat(flat.columns()).extracting(Column::stance).containsExactly(null, null, null, Stance.ACTUAL, Stance.TARGET);
        assertThat(flat.columns()).extracting(Column::year).containsExactly(null, null, null, 2022, 2025);
        assertThat(flat.rows()).extracting(r -> r.cell(4).text()).containsExactly("32", "<3.5");
    }

    @Test
    void aFlattenedTableWithItsCategoryBeforeTheRowNumberKeepsEachRowInPlace() {
        Table table = only("领域 |\n序号 |\n指标 |\n单位 |\n2025年 |\n牵头单位 |\n"
                + "健康水平 |\n1 |\n人均预期寿命 |\n岁 |\n79.5 |\n县卫健局 |\n"
                + "2 |\n婴儿死亡率 |\n‰ |\n<4 |\n县卫健局 |\n"
                + "健康服务 |\n3 |\n每千人口床位数 |\n张 |\n6.9 |\n县卫健局 |\n"
                + "4 |\n每万人口全科医生数 |\n人 |\n4 |\n县卫健局 |\n");
        assertThat(table.rows()).extracting(r -> texts(r).subList(0, 5)).containsExactly(
                List.of("健康水平", "1", "人均预期寿命", "岁", "79.5"),
                List.of("健康水平", "2", "婴儿死亡率", "‰", "<4"),
                List.of("健康服务", "3", "每千人口床位数", "张", "6.9"),
                List.of("健康服务", "4", "每万人口全科医生数", "人", "4"));
    }

    @Test
    void readsATableFlattenedToBareLinesWithGroupTitlesNotesAndShortRows() {
        String text = "二、主要目标\n序号\n指标\n现状水平\n2027年目标值\n指标属性\n"
                + "(一)\n健康水平\n1\n人均预期寿命(岁)\n78.3\n≥79\n预期性\n"
                + "说明:人均预期寿命按第七次人口普查口径测算。\n"
                + "2\n婴儿死亡率(‰)\n3.1\n<4\n约束性\n"
                + "(二)\n健康生活\n3\n倡导居民定期自我监测血压\n倡导性\n"
                + "4\n经常参加体育锻炼人口比例(%)\n37.2\n≥40\n预期性\n"
                + "各乡镇要将上述指标纳入年度考核,县卫健局每年通报一次进展情况,确保各项目标按期实现,并于每年年底前报送完成情况。\n";
        Table table = only(text);
        assertThat(table.columns()).extracting(Column::role).containsExactly(Role.SEQUENCE, Role.INDICATOR, Role.VALUE,
                Role.VALUE, Role.IGNORED);
        assertThat(table.rows()).extracting(r -> texts(r).subList(0, 4)).containsExactly(
                List.of("1", "人均预期寿命(岁)", "78.3", "≥79"),
                List.of("2", "婴儿死亡率(‰)", "3.1", "<4"),
                // a row with its figures left out keeps its first cells in place
                List.of("3", "倡导居民定期自我监测血压", "倡导性", ""),
                List.of("4", "经常参加体育锻炼人口比例(%)", "37.2", "≥40"));
        // the paragraph after the table is no row of it
        assertThat(text.substring(table.end())).startsWith("\n各乡镇要将");
    }

    @Test
    void shortLinesOfProseWithoutAHeaderRunAreNoTable() {
        assertThat(finder.find("工作目标\n指标\n全年新增签约居民1.2万人\n签约率达到45%\n")).isEmpty();
        // without row numbers a bare table ends at its first row without a figure
        Table table = only("指标\n单位\n2025年\n每千人口床位数\n张\n6.8\n加强组织领导\n明确责任分工\n强化督导考核\n");
        assertThat(table.rows()).extracting(r -> r.cell(0).text()).containsExactly("每千人口床位数");
    }
}
