package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

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

    @Test
    void refusesWhatIsNotAPdf() {
        assertRefused("%PNG fake".getBytes(StandardCharsets.US_ASCII), 10, "error.upload.not-pdf", "请上传 PDF 文件");
    }

    @Test
    void refusesAMalformedPdf() {
        assertRefused("%PDF-1.7\nthis is not a document".getBytes(StandardCharsets.US_ASCII), 10, "error.upload.malformed",
                "文件已损坏");
        assertRefused(Arrays.copyOf(contract, contract.length / 3), 10, "error.upload.malformed", "文件已损坏");
    }

    @Test
    void refusesEncryptedPdfs() throws Exception {
        assertRefused(encrypted("open-sesame"), 10, "error.upload.encrypted", "已加密");
        assertRefused(encrypted(""), 10, "error.upload.encrypted", "已加密");
    }

    @Test
    void refusesTooManyPages() {
        assertRefused(contract, 1, "error.upload.too-many-pages", "共 2 页，超过 1 页");
    }

    /** 300 pages sharing one content stream of 8 MB (a few KB compressed): refused, not extracted for minutes. */
    @Test
    void refusesAPdfBombWhosePagesShareOneHugeStream() throws Exception {
        byte[] bomb;
        try (PDDocument doc = new PDDocument()) {
            PDStream shared = new PDStream(doc);
            try (var out = shared.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] line = "0 0 m\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 8 * 1024 * 1024 / line.length; i++) {
                    out.write(line);
                }
            }
            for (int i = 0; i < 300; i++) {
                PDPage page = new PDPage();
                page.setContents(shared);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(200_000);
        assertRefused(bomb, 300, "error.upload.too-complex", "过于复杂");
    }

    private void assertRefused(byte[] content, int maxPages, String code, String message) {
        assertThatThrownBy(() -> inspector.inspect("licenceFile", content, maxPages))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("licenceFile");
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
