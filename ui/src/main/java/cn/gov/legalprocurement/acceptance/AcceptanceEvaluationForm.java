package cn.gov.legalprocurement.acceptance;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Acceptance with the service recipients' representatives: process compliance (max 30), service results
 * (max 50) and social evaluation (max 20), with the delivery and satisfaction figures at hand.
 */
@TaskFormFor("acceptance-evaluate")
class AcceptanceEvaluationForm extends TaskForm<EvaluateAcceptanceHandler.Form> {

    private final ContractService contracts;
    private final PerformanceService performance;

    AcceptanceEvaluationForm(ContractService contracts, PerformanceService performance) {
        super(EvaluateAcceptanceHandler.Form.class);
        this.contracts = contracts;
        this.performance = performance;
    }

    @Override
    public void load(TaskPage page) {
        long contractId = page.longVariable(ProcessModel.Vars.CONTRACT_ID);
        Contract c = contracts.contract(contractId);
        BigDecimal ratio = performance.deliveryRatio(contractId);
        BigDecimal satisfaction = performance.satisfactionAverage(contractId);
        add(new Facts().add("contract.code", c.getCode()).add("contract.title", c.getTitle())
                .add("contract.amount", Formats.money(c.getAmount()))
                .add("acceptance.delivery", ratio == null ? "—" : ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%")
                .add("acceptance.satisfaction", satisfaction == null ? "—" : satisfaction.toPlainString()));
        decimal("processScore").setHelperText(getTranslation("acceptance.max", 30));
        decimal("resultsScore").setHelperText(getTranslation("acceptance.max", 50));
        decimal("socialScore").setHelperText(getTranslation("acceptance.max", 20));
        textField("recipientRepresentatives");
        textField("thirdParty");
        textArea("opinion");
        add(fields);
    }
}
