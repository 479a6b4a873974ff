package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.PdfInspector;
import org.junit.jupiter.api.Test;

/** A good PDF's text is extracted; every hostile one is in {@link HostileUploadsTest}. */
class PdfBoxInspectorTest {

    final PdfBoxInspector inspector = new PdfBoxInspector();
    final byte[] contract = new PdfDocumentRenderer().render(DocumentTemplate.CONTRACT_LEGAL_ADVISER,
            DocumentModels.contract(Samples.contract(1))).pdf();

    @Test
    void extractsTheTextOfAGoodPdf() {
        PdfInspector.Inspection inspection = inspector.inspect("technicalProposal", contract, 10);
        assertThat(inspection.pages()).isEqualTo(2);
        assertThat(inspection.text()).contains("法律顾问服务合同", "保密义务");
    }
}
