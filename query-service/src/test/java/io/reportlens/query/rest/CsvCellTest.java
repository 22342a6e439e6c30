package io.reportlens.query.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void quotesCellsHoldingSeparatorsQuotesOrLineBreaks() {
        assertThat(Csv.cell("全市, 各县")).isEqualTo("\"全市, 各县\"");
        assertThat(Csv.cell("称为\"健康守门人\"")).isEqualTo("\"称为\"\"健康守门人\"\"\"");
        assertThat(Csv.cell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(Csv.cell("每千常住人口床位")).isEqualTo("每千常住人口床位");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(Csv.cell(-1084.0)).isEqualTo("-1084");
        assertThat(Csv.cell(16017000000.0)).isEqualTo("16017000000");
        assertThat(Csv.cell(4.94)).isEqualTo("4.94");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
