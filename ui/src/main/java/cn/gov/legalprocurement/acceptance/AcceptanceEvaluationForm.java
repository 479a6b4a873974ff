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
 * Acceptance with the service recipients' representatives: process compliance, service results and social
 * evaluation, each out of its {@code acceptance-max-*} rule (30 / 50 / 20 by default), with the delivery and
 * satisfaction figures at hand.
 */
@TaskFormFor("acceptance-evaluate")
class AcceptanceEvaluationForm extends TaskForm<EvaluateAcceptanceHandler.Form> {

    private final ContractService contracts;
    private final PerformanceService performance;
    private final AcceptanceService acceptance;

    AcceptanceEvaluationForm(ContractService contracts, PerformanceService performance, AcceptanceService acceptance) {
        super(EvaluateAcceptanceHandler.Form.class);
        this.contracts = contracts;
        this.performance = performance;
        this.acceptance = acceptance;
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
        AcceptanceService.Maxima max = acceptance.maxima(contractId);
        decimal("processScore").setHelperText(getTranslation("acceptance.max", max.process()));
        decimal("resultsScore").setHelperText(getTranslation("acceptance.max", max.results()));
        decimal("socialScore").setHelperText(getTranslation("acceptance.max", max.social()));
        textField("recipientRepresentatives");
        textField("thirdParty");
        textArea("opinion");
        add(fields);
    }
}
