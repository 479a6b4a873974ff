package cn.gov.legalprocurement.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.contract.ContractPart;
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
        for (ContractPart part : ContractPart.values()) {
            assertThat(text).as(template.file()).contains("${" + part.field() + "}");
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
}
