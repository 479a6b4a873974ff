package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.contract.ContractPart;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.TemplateText;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Templates and code agree: every placeholder is supplied, every template asked for exists, none is orphaned. */
class TemplatesTest {

    @ParameterizedTest
    @EnumSource(DocumentTemplate.class)
    void everyPlaceholderIsSuppliedByTheCode(DocumentTemplate template) {
        Set<String> used = TemplateText.placeholders(TemplateText.load(template));
        assertThat(used).isNotEmpty();
        assertThat(Samples.values(template).keySet()).containsAll(used);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentTemplate.class, names = "CONTRACT_.*", mode = EnumSource.Mode.MATCH_ALL)
    void everyContractHasTheEightMandatoryParts(DocumentTemplate template) {
        String text = TemplateText.load(template);
        int previous = -1;
        for (ContractPart part : ContractPart.values()) {
            assertThat(text).as(template.file()).contains("${" + part.field() + "}");
            // the template's headings are ContractPart's, in its order
            int heading = text.indexOf("## " + part.heading() + "\n");
            assertThat(heading).as(template.file() + ": " + part.heading()).isGreaterThan(previous);
            previous = heading;
        }
        assertThat(text).contains("[signatures]", "${amountInWords}");
    }

    @Test
    void everyTemplateFileIsAskedForByTheCode() throws IOException {
        Set<String> asked = Arrays.stream(DocumentTemplate.values()).map(DocumentTemplate::file).collect(Collectors.toSet());
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*.tpl");
        assertThat(Arrays.stream(files).map(Resource::getFilename)).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(DocumentTemplate.contractFor("03")).isEqualTo(DocumentTemplate.CONTRACT_MEDIATION);
    }

    @Test
    void aMissingValueIsRefusedNotLeftBlank() {
        Map<String, String> values = new HashMap<>(Samples.values(DocumentTemplate.PAYMENT_CERTIFICATE));
        values.remove("netAmountInWords");
        assertThatThrownBy(() -> new PdfDocumentRenderer().render(DocumentTemplate.PAYMENT_CERTIFICATE, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${netAmountInWords}");
    }

    /** The announcement's web text is the filled template without its markup. */
    @ParameterizedTest
    @EnumSource(DocumentTemplate.class)
    void theWebTextIsTheFilledTemplateWithoutMarkup(DocumentTemplate template) {
        String web = TemplateText.plain(template, Samples.values(template));
        assertThat(web).isNotBlank().doesNotContain("${", "## ", "[signatures]");
        assertThat(web.lines()).noneMatch(l -> l.startsWith("|") || l.startsWith("# "));
    }

    @Test
    void theContractsWebTextGivesThePartsInOrderAndThePartiesWithTheirSignatures() {
        String web = TemplateText.plain(DocumentTemplate.CONTRACT_LEGAL_AID, DocumentModels.contract(Samples.contract(1)));
        int previous = -1;
        for (ContractPart part : ContractPart.values()) {
            assertThat(web.indexOf(part.heading())).as(part.heading()).isGreaterThan(previous);
            previous = web.indexOf(part.heading());
        }
        assertThat(web).contains("甲方（盖章）：平湖市法律援助中心　代表签字：陈经办 2026-12-28",
                "乙方（盖章）：浙江东湖律师事务所", "期次 | 比例 | 支付条件", "1 | 100% | 验收合格后支付");
    }

    @Test
    void aLineOfTheUsersTextThatLooksLikeMarkupIsPrintedAsWritten() {
        Map<String, String> values = new HashMap<>(Samples.values(DocumentTemplate.PROCUREMENT_NOTICE));
        values.put("technicalCriteria", "服务方案\n# 不是标题\n| 不是 | 表格 |");
        assertThat(TemplateText.plain(DocumentTemplate.PROCUREMENT_NOTICE, values))
                .contains("# 不是标题\n| 不是 | 表格 |").doesNotContain("采购公告\n项目编号");
    }

}
