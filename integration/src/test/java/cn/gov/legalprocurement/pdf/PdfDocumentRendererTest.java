package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentRenderer.RenderedDocument;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalClock;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class PdfDocumentRendererTest {

    static final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void chineseTextRoundTripsThroughTextExtraction() throws Exception {
        RenderedDocument doc = renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, DocumentModels.contract(Samples.contract(1)));
        String text = text(doc.pdf());
        assertThat(text).contains("政府购买服务合同（法律援助服务合同）", "八、违约责任", "人民币壹佰捌拾万元整",
                "¥1,800,000.00", "浙江东湖律师事务所", "办结法律援助案件", "甲方（盖章）：平湖市法律援助中心", "陈经办 2026-12-28");
        assertThat(text).contains("第 1 页 共 " + doc.pages() + " 页");
        // the payment period, the deduction rule, each indicator's unit and the dispute clause (lines may wrap anywhere)
        assertThat(text.replaceAll("\\s+", "")).contains("每期支付条件成就并经甲方确认后30日内付款", "扣减合计不超过合同金额的20%",
                "办结法律援助案件700件", "九、争议解决", "十、特别约定");
        assertThat(doc.sha256()).isEqualTo(Fingerprint.sha256(doc.pdf()));
    }

    /** A document is dated by the portal's clock (the training clock in training mode), not the machine's. */
    @Test
    void theDocumentIsDatedByThePortalsClock() throws Exception {
        Instant training = java.time.Instant.parse("2027-03-15T02:30:00Z");
        PdfDocumentRenderer onTrainingClock = new PdfDocumentRenderer(new PortalClock() {
            @Override
            public Instant now() {
                return training;
            }
        });
        RenderedDocument doc = onTrainingClock.render(DocumentTemplate.CONTRACT_LEGAL_AID, DocumentModels.contract(Samples.contract(1)));
        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(training);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(training);
        }
    }

    /** The template's markup is read before it is filled: a user's line that looks like markup stays text. */
    @Test
    void aLineOfTheUsersTextThatLooksLikeMarkupIsPrintedAsWritten() throws Exception {
        Map<String, String> values = new HashMap<>(DocumentModels.contract(Samples.contract(1)));
        values.put("liabilityForBreach", "按比例扣减\n# 不是标题\n| 不是 | 表格 |");
        RenderedDocument doc = renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, values);
        assertThat(text(doc.pdf())).contains("# 不是标题", "| 不是 | 表格 |");
        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("政府购买服务合同（法律援助服务合同）");
        }
    }

    /** The text layer carries the letters, never a ligature glyph: a search for "office" finds the word. */
    @Test
    void latinWordsStaySearchableWithoutLigatures() throws Exception {
        Map<String, String> values = new HashMap<>(DocumentModels.contract(Samples.contract(1)));
        values.put("liabilityForBreach", "the office of legal affairs files efficient, fluent reports offline (ffi ffl ff fi fl)");
        String text = text(renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, values).pdf());
        assertThat(text).contains("office", "files", "efficient", "fluent", "offline", "ffi ffl ff fi fl");
        assertThat(text.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06).count()).as("ligature characters").isZero();
    }

    /**
     * Chinese line breaking (GB/T 15834, JIS X 4051 kinsoku): closing punctuation never starts a line and opening
     * brackets never end one; the character before is carried over with it instead.
     */
    @Test
    void closingPunctuationNeverStartsALineAndOpeningBracketsNeverEndOne() throws Exception {
        Map<String, String> values = new HashMap<>(DocumentModels.contract(Samples.contract(1)));
        StringBuilder long1 = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            long1.append("乙方应按约定办理第").append(i).append("类案件，").append("并于（").append(i % 7 + 1).append("）日内报告。");
        }
        values.put("liabilityForBreach", long1.toString());
        String text = text(renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, values).pdf());
        java.util.List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).as("lines starting with closing punctuation").noneMatch(l -> "，。、；：？！）》」』】".indexOf(l.charAt(0)) >= 0);
        assertThat(lines).as("lines ending with an opening bracket").noneMatch(l -> "（《「『【".indexOf(l.charAt(l.length() - 1)) >= 0);
        assertThat(text.replaceAll("\\s+", "").replaceAll("第\\d+页共\\d+页", "")).as("nothing lost in the carrying over")
                .contains(long1.toString());
    }

    @Test
    void longContractsFlowOverPagesAndNumberThem() throws Exception {
        RenderedDocument doc = renderer.render(DocumentTemplate.CONTRACT_MEDIATION, DocumentModels.contract(Samples.contract(25)));
        assertThat(doc.pages()).isGreaterThanOrEqualTo(3);
        String text = text(doc.pdf());
        for (int page = 1; page <= doc.pages(); page++) {
            assertThat(text).contains("第 " + page + " 页 共 " + doc.pages() + " 页");
        }
        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(doc.pages());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentTemplate.class)
    void everyDocumentIsValidPdfA2b(DocumentTemplate template) throws Exception {
        RenderedDocument doc = renderer.render(template, Samples.values(template));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(doc.pdf()), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(template + ": " + result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList()).isTrue();
        }
    }

    @Test
    void theValidatorRejectsAPdfWithoutArchivalMetadata() throws Exception {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(plain.toByteArray()), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
