package cn.gov.legalprocurement.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.pdf.HostileMarkupTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV export cannot carry a formula into a spreadsheet, nor break its columns. */
class CsvCellTest {

    @Test
    void aTextThatLooksLikeAFormulaIsExportedAsText() {
        assertThat(ContractSearchService.cell("=HYPERLINK(\"http://evil\",\"点击\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")\"");
        assertThat(ContractSearchService.cell("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(ContractSearchService.cell("-2")).isEqualTo("'-2");
        assertThat(ContractSearchService.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ContractSearchService.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryTextsAreUnchangedAndSeparatorsQuoted() {
        assertThat(ContractSearchService.cell("村（社区）法律顾问服务合同")).isEqualTo("村（社区）法律顾问服务合同");
        assertThat(ContractSearchService.cell("甲,乙")).isEqualTo("\"甲,乙\"");
        assertThat(ContractSearchService.cell("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(ContractSearchService.cell(null)).isEmpty();
    }

    @Test
    void theCorpusMarkupIsExportedAsTextNeverAsAFormula() throws IOException {
        for (Map.Entry<String, String> c : HostileMarkupTest.markup().entrySet()) {
            String cell = ContractSearchService.cell(c.getValue());
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            assertThat(unquoted).as(c.getKey()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
            assertThat(unquoted.startsWith("'") && "=+-@\t\r".indexOf(c.getValue().charAt(0)) >= 0
                    ? unquoted.substring(1) : unquoted).as(c.getKey()).isEqualTo(c.getValue());
        }
    }
}
