package cn.gov.legalprocurement.method;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.workflow.ProcessModel.MethodSelection;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The procurementMethod table, evaluated by Camunda's DMN engine. */
class ProcurementMethodDecisionTest {

    static final long THRESHOLD_FEN = 2_000_000_00L;
    static final long FLOOR_FEN = 1_000_000_00L;

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ProcurementMethodDecisionTest.class.getResourceAsStream("/dmn/procurementMethod.dmn")) {
            decision = dmn.parseDecision(MethodSelection.DECISION, in);
        }
    }

    static DmnDecisionResultEntries decide(long amountFen, boolean sole, int failed, boolean urgent, boolean limited,
                                           boolean framework) {
        return decide(amountFen, sole, failed, urgent, limited, framework, false);
    }

    static DmnDecisionResultEntries decide(long amountFen, boolean sole, int failed, boolean urgent, boolean limited,
                                           boolean framework, boolean addOn) {
        return decide(amountFen, sole, failed, urgent, limited, framework, addOn, false);
    }

    static DmnDecisionResultEntries decide(long amountFen, boolean sole, int failed, boolean urgent, boolean limited,
                                           boolean framework, boolean addOn, boolean callOff) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(MethodSelection.VAR_AMOUNT_FEN, amountFen);
        facts.put(MethodSelection.VAR_THRESHOLD_FEN, THRESHOLD_FEN);
        facts.put(MethodSelection.VAR_FLOOR_FEN, FLOOR_FEN);
        facts.put(MethodSelection.VAR_SOLE_SUPPLIER, sole);
        facts.put(MethodSelection.VAR_FAILED_TENDERS, failed);
        facts.put(MethodSelection.VAR_URGENT, urgent);
        facts.put(MethodSelection.VAR_LIMITED_SUPPLIERS, limited);
        facts.put(MethodSelection.VAR_FRAMEWORK_SUITABLE, framework);
        facts.put(MethodSelection.VAR_ADD_ON, addOn);
        facts.put(MethodSelection.VAR_CALL_OFF, callOff);
        return dmn.evaluateDecision(decision, facts).getSingleResult();
    }

    @ParameterizedTest(name = "{0} fen, sole={1}, failed={2}, urgent={3}, limited={4}, framework={5} -> {6}")
    @CsvSource({
            "200000000, false, 0, false, false, false, OPEN_TENDER,             false, false",
            "199999999, false, 0, false, false, false, COMPETITIVE_CONSULTATION, false, false",
            "300000000, true,  0, false, false, false, SINGLE_SOURCE,           true,  true",
            "150000000, true,  0, false, false, false, SINGLE_SOURCE,           false, false",
            "300000000, false, 1, false, false, false, COMPETITIVE_NEGOTIATION, true,  false",
            "150000000, false, 1, false, false, false, COMPETITIVE_NEGOTIATION, false, false",
            "300000000, false, 0, true,  false, false, COMPETITIVE_NEGOTIATION, true,  false",
            "150000000, false, 0, true,  false, false, COMPETITIVE_NEGOTIATION, false, false",
            "300000000, false, 0, false, true,  false, INVITED_TENDER,          true,  false",
            "150000000, false, 0, false, false, true,  FRAMEWORK_AGREEMENT,     false, false",
            "100000000, false, 0, false, false, false, COMPETITIVE_CONSULTATION, false, false",
            " 99999999, false, 0, false, false, false, DECENTRALISED_PURCHASE,  false, false",
            "  2000000, true,  1, true,  true,  true,  DECENTRALISED_PURCHASE,  false, false",
            "300000000, false, 0, false, false, true,  OPEN_TENDER,             false, false",
    })
    void picksTheMethod(long amountFen, boolean sole, int failed, boolean urgent, boolean limited, boolean framework,
                        String method, boolean financeApproval, boolean publicNotice) {
        DmnDecisionResultEntries result = decide(amountFen, sole, failed, urgent, limited, framework);
        assertThat((String) result.getEntry(Vars.METHOD)).isEqualTo(method);
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED)).isEqualTo(financeApproval);
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_PUBLIC_NOTICE_REQUIRED)).isEqualTo(publicNotice);
        assertThat((String) result.getEntry(MethodSelection.VAR_METHOD_REASON)).isNotBlank();
    }

    /** Rule {@code single-source-add-on-max-percent}: an add-on from the original supplier is single source (GPL 31(3)). */
    @ParameterizedTest(name = "add-on of {0} fen -> {1}, FINANCE approval {2}")
    @CsvSource({
            "300000000, SINGLE_SOURCE,          true",
            "150000000, SINGLE_SOURCE,          false",
            "  2000000, SINGLE_SOURCE,          false",
    })
    void anAddOnIsBoughtFromTheOriginalSupplierWithoutANoticeEvenBelowTheFloor(long amountFen, String method, boolean financeApproval) {
        DmnDecisionResultEntries result = decide(amountFen, false, 0, false, false, true, true);
        assertThat((String) result.getEntry(Vars.METHOD)).isEqualTo(method);
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED)).isEqualTo(financeApproval);
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_PUBLIC_NOTICE_REQUIRED)).isFalse();
        assertThat((String) result.getEntry(MethodSelection.VAR_METHOD_REASON)).contains("第31条第三项");
    }

    /** A call-off goes to a supplier its framework agreement shortlisted, whatever its amount and flags (110号令). */
    @ParameterizedTest(name = "call-off of {0} fen")
    @CsvSource({"300000000", "150000000", "2000000"})
    void aCallOffIsAwardedUnderItsFrameworkAgreementWhateverItsAmount(long amountFen) {
        DmnDecisionResultEntries result = decide(amountFen, true, 1, true, true, true, false, true);
        assertThat((String) result.getEntry(Vars.METHOD)).isEqualTo("FRAMEWORK_CALL_OFF");
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_FINANCE_APPROVAL_REQUIRED)).isFalse();
        assertThat((Boolean) result.getEntry(MethodSelection.VAR_PUBLIC_NOTICE_REQUIRED)).isFalse();
        assertThat((String) result.getEntry(MethodSelection.VAR_METHOD_REASON)).contains("第110号");
    }

    @Test
    void soleSupplierWinsOverEveryOtherFlag() {
        assertThat((String) decide(300_000_000L, true, 1, true, true, true).getEntry(Vars.METHOD)).isEqualTo("SINGLE_SOURCE");
    }

    /** Every method the table can output is a method of the domain (the delegate turns it into one). */
    @Test
    void everyMethodTheTableOutputsExistsInTheDomain() throws Exception {
        DmnModelInstance model;
        try (InputStream in = ProcurementMethodDecisionTest.class.getResourceAsStream("/dmn/procurementMethod.dmn")) {
            model = Dmn.readModelFromStream(in);
        }
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        List<Output> outputs = List.copyOf(table.getOutputs());
        int methodColumn = outputs.stream().map(Output::getName).toList().indexOf(Vars.METHOD);
        assertThat(methodColumn).as("the table's method column").isNotNegative();
        Set<String> methods = new TreeSet<>();
        for (Rule rule : table.getRules()) {
            methods.add(List.copyOf(rule.getOutputEntries()).get(methodColumn).getText().getTextContent().strip().replace("\"", ""));
        }
        Set<String> domain = Arrays.stream(ProcurementMethod.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(methods).hasSizeGreaterThanOrEqualTo(5);
        assertThat(domain).containsAll(methods);
    }
}
