package cn.gov.legalprocurement.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The procurementMethod table, evaluated by Camunda's DMN engine. */
class ProcurementMethodDecisionTest {

    static final long THRESHOLD_FEN = 2_000_000_00L;

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ProcurementMethodDecisionTest.class.getResourceAsStream("/dmn/procurementMethod.dmn")) {
            decision = dmn.parseDecision("procurementMethod", in);
        }
    }

    static DmnDecisionResultEntries decide(long amountFen, boolean sole, int failed, boolean urgent, boolean limited,
                                           boolean framework) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("amountFen", amountFen);
        facts.put("thresholdFen", THRESHOLD_FEN);
        facts.put("soleSupplier", sole);
        facts.put("failedTenders", failed);
        facts.put("urgent", urgent);
        facts.put("limitedSuppliers", limited);
        facts.put("frameworkSuitable", framework);
        return dmn.evaluateDecision(decision, facts).getSingleResult();
    }

    @ParameterizedTest(name = "{0} fen, sole={1}, failed={2}, urgent={3}, limited={4}, framework={5} -> {6}")
    @CsvSource({
            "200000000, false, 0, false, false, false, OPEN_TENDER,             false, false",
            "199999999, false, 0, false, false, false, COMPETITIVE_CONSULTATION, false, false",
            "300000000, true,  0, false, false, false, SINGLE_SOURCE,           true,  true",
            " 50000000, true,  0, false, false, false, SINGLE_SOURCE,           false, false",
            "300000000, false, 1, false, false, false, COMPETITIVE_NEGOTIATION, true,  false",
            " 50000000, false, 1, false, false, false, COMPETITIVE_NEGOTIATION, false, false",
            "300000000, false, 0, true,  false, false, COMPETITIVE_NEGOTIATION, true,  false",
            " 50000000, false, 0, true,  false, false, COMPETITIVE_NEGOTIATION, false, false",
            "300000000, false, 0, false, true,  false, INVITED_TENDER,          true,  false",
            " 50000000, false, 0, false, false, true,  FRAMEWORK_AGREEMENT,     false, false",
            "300000000, false, 0, false, false, true,  OPEN_TENDER,             false, false",
    })
    void picksTheMethod(long amountFen, boolean sole, int failed, boolean urgent, boolean limited, boolean framework,
                        String method, boolean financeApproval, boolean publicNotice) {
        DmnDecisionResultEntries result = decide(amountFen, sole, failed, urgent, limited, framework);
        assertThat((String) result.getEntry("method")).isEqualTo(method);
        assertThat((Boolean) result.getEntry("financeApprovalRequired")).isEqualTo(financeApproval);
        assertThat((Boolean) result.getEntry("publicNoticeRequired")).isEqualTo(publicNotice);
        assertThat((String) result.getEntry("methodReason")).isNotBlank();
    }

    @Test
    void soleSupplierWinsOverEveryOtherFlag() {
        assertThat((String) decide(300_000_000L, true, 1, true, true, true).getEntry("method")).isEqualTo("SINGLE_SOURCE");
    }

    @Test
    void everyMethodExistsInTheDomain() {
        for (String m : new String[]{"OPEN_TENDER", "INVITED_TENDER", "COMPETITIVE_NEGOTIATION", "COMPETITIVE_CONSULTATION",
                "SINGLE_SOURCE", "FRAMEWORK_AGREEMENT"}) {
            assertThat(cn.gov.legalprocurement.project.ProcurementMethod.valueOf(m)).isNotNull();
        }
    }
}
