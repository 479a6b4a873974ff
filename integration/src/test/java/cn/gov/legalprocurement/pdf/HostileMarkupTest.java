package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The markup of the repository's corpus ({@code hostile-input/texts.json}: script and HTML, template expressions,
 * spreadsheet formulas, search syntax, SQL, bidirectional and zero-width characters) is a valid text: a contract
 * part holding it is printed as those very characters and read back by text extraction. (The CSV export:
 * {@code CsvCellTest}; the search box: {@code ContractSearchTest}.)
 */
public class HostileMarkupTest {

    /** The markup cases by name. */
    public static Map<String, String> markup() throws IOException {
        JsonNode corpus = JsonMapper.builder().build().readTree(Path.of(System.getProperty("hostile.input"), "texts.json").toFile());
        Map<String, String> cases = new LinkedHashMap<>();
        corpus.get("cases").forEach(c -> {
            if ("markup".equals(c.get("kind").asText())) {
                cases.put(c.get("name").asText(), c.get("text").asText());
            }
        });
        assertThat(cases).hasSizeGreaterThan(10);
        return cases;
    }

    @Test
    void aContractPartOfMarkupIsPrintedAsItsCharacters() throws IOException {
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        PdfBoxInspector inspector = new PdfBoxInspector();
        for (Map.Entry<String, String> c : markup().entrySet()) {
            DocumentModels.ContractData sample = Samples.contract(1);
            Map<String, String> parts = new LinkedHashMap<>(sample.parts());
            parts.put("liabilityForBreach", c.getValue());
            DocumentModels.ContractData contract = new DocumentModels.ContractData(sample.contractCode(), sample.projectCode(),
                    sample.title(), sample.method(), sample.parties(), sample.providerCreditCode(), parts, sample.termStart(),
                    sample.termEnd(), sample.amount(), sample.performanceBond(), sample.paymentDays(),
                    sample.shortfallDeductionPercent(), sample.instalments(), sample.indicators());
            byte[] pdf = renderer.render(DocumentTemplate.CONTRACT_LEGAL_ADVISER, DocumentModels.contract(contract)).pdf();
            String text = inspector.inspect("contract", pdf, 10).text();
            assertThat(visible(text)).as(c.getKey()).contains(visible(c.getValue()));
        }
    }

    /** The characters a reader sees: without line breaks, spaces, and the invisible formatting characters. */
    private static String visible(String text) {
        return text.replaceAll("[\\s\\p{Cf}]", "");
    }
}
