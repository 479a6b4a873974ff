package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.PrepareContractHandler;
import cn.gov.legalprocurement.contract.Signature;
import cn.gov.legalprocurement.evaluation.EvaluationCommitteeRepository;
import cn.gov.legalprocurement.performance.ReportPerformanceHandler;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.BelowFloorPurchase;
import cn.gov.legalprocurement.tender.BelowFloorPurchaseService;
import cn.gov.legalprocurement.tender.PurchaseBelowFloorHandler;
import cn.gov.legalprocurement.tender.PurchaseBelowFloorHandler.Quote;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code decentralised-procurement-floor} and {@code below-floor-min-quotes}: below the floor the unit
 * buys by itself (国办发〔2019〕55号), by direct commission or by comparing quotes, and the purchase goes on
 * to the contract, performance, acceptance and payment like every other.
 */
class BelowFloorPurchaseTest extends ProcessTestSupport {

    @Autowired
    BelowFloorPurchaseService belowFloor;
    @Autowired
    PublicationService publication;
    @Autowired
    EvaluationCommitteeRepository committees;

    /** A village legal adviser for ten months, 20,000 CNY: below the test jurisdiction's floor of 50,000. */
    ProcurementProject adviserBelowTheFloor(Unit unit) {
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "10"));
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.DECENTRALISED_PURCHASE);
        assertThat(p.getMethodReason()).contains("分散采购限额标准");
        return p;
    }

    long provider(int index) {
        return fixtures.providers.get(index).getId();
    }

    @Test
    void aVillageAdviserForTwentyThousandIsCommissionedDirectlyAndPaid() {
        Unit unit = fixtures.newUnit("100000");
        ProcurementProject p = adviserBelowTheFloor(unit);
        assertThat(instance(p, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_PURCHASE_BELOW_FLOOR);
        assertThat(publication.ofProject(p.getId())).as("no procurement notice below the floor").isEmpty();

        complete(unit.purchaser(), p, Tendering.TASK_PURCHASE_BELOW_FLOOR, new PurchaseBelowFloorHandler.Form(
                BelowFloorPurchase.Mode.DIRECT_COMMISSION, provider(3), new BigDecimal("19200"), null,
                "该所驻村服务三年，群众评价良好，按单位小额采购制度直接委托"));

        assertThat(awards.currentAward(p.getId())).hasValueSatisfying(a -> {
            assertThat(a.getProviderId()).isEqualTo(provider(3));
            assertThat(a.getAmount()).isEqualByComparingTo("19200");
        });
        assertThat(belowFloor.purchaseOf(p.getId())).hasValueSatisfying(b -> {
            assertThat(b.getMode()).isEqualTo(BelowFloorPurchase.Mode.DIRECT_COMMISSION);
            assertThat(b.getQuotes()).isEmpty();
        });
        assertThat(history(p, Tendering.ID).getEndActivityId()).isEqualTo(Tendering.END_PURCHASED_BELOW_FLOOR);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CONTRACT);
        assertThat(committees.findByProjectIdOrderById(p.getId())).as("no evaluation committee").isEmpty();

        PrepareContractHandler.Form contract = contractForm("乙方未按约定完成驻村服务的，按未完成比例扣减服务费，最高扣减 20%");
        complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, new PrepareContractHandler.Form(contract.parts(),
                BigDecimal.ZERO, contract.shortfallDeductionPercent(), contract.paymentDays(), contract.instalments()));
        complete("provider4", p, ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER, new Signature(true));
        complete(unit.purchaser(), p, ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER, new Signature(true));
        assertThat(instance(p, ProcessModel.ContractFiling.ID)).as("not government procurement: no filing with finance").isNull();
        for (int month = 0; month < 3; month++) {
            passDate(p, ProcessModel.PerformanceMonitoring.ID, ProcessModel.PerformanceMonitoring.VAR_PERIOD_END);
            complete("provider4", p, ProcessModel.PerformanceMonitoring.TASK_REPORT, new ReportPerformanceHandler.Form(
                    Map.of(Measure.SERVICE_HOURS, new BigDecimal("30"), Measure.CONSULTATIONS, new BigDecimal("40")), "按月驻村"));
        }
        evaluateAcceptance(unit, p, "28", "45", "18");
        pay(unit, p);
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CLOSED);
    }

    @Test
    void comparedQuotesNeedEnoughProvidersAndTheLowestIsTakenARefusalSavesNothing() {
        Unit unit = fixtures.newUnit("100000");
        ProcurementProject p = adviserBelowTheFloor(unit);
        WorkTask task = task(unit.purchaser(), p, Tendering.TASK_PURCHASE_BELOW_FLOOR);
        List<Quote> three = List.of(new Quote(provider(0), new BigDecimal("19800")), new Quote(provider(1), new BigDecimal("18600")),
                new Quote(provider(4), new BigDecimal("19000")));

        refused(unit, task, provider(1), List.of(three.get(0), three.get(1)), "quotes", "error.below-floor.too-few-quotes", "至少 3 家");
        refused(unit, task, provider(1), List.of(three.get(0), three.get(1), new Quote(provider(0), new BigDecimal("18000"))),
                "quotes", "error.below-floor.duplicate-quote", fixtures.providers.get(0).getName());
        refused(unit, task, provider(0), three, "providerId", "error.below-floor.not-lowest", "18,600.00");
        refused(unit, task, provider(5), three, "providerId", "error.below-floor.chosen-not-quoted", "已录入报价");
        refused(unit, task, provider(1), List.of(three.get(0), new Quote(provider(1), new BigDecimal("20000.01")), three.get(2)),
                "providerId", "error.below-floor.not-lowest", "19,000.00");
        assertThat(awards.currentAward(p.getId())).isEmpty();
        assertThat(belowFloor.purchaseOf(p.getId())).isEmpty();
        assertThat(instance(p, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_PURCHASE_BELOW_FLOOR);

        tasks.complete(fixtures.actor(unit.purchaser()), task.id(), form(provider(1), three));
        assertThat(awards.currentAward(p.getId())).hasValueSatisfying(a -> {
            assertThat(a.getProviderId()).isEqualTo(provider(1));
            assertThat(a.getAmount()).isEqualByComparingTo("18600");
        });
        BelowFloorPurchase purchase = belowFloor.purchaseOf(p.getId()).orElseThrow();
        assertThat(purchase.getMode()).isEqualTo(BelowFloorPurchase.Mode.QUOTE_COMPARISON);
        assertThat(purchase.getQuotes()).hasSize(3).filteredOn(BelowFloorPurchase.Quote::isChosen)
                .singleElement().satisfies(q -> assertThat(q.getProviderId()).isEqualTo(provider(1)));
        assertThat(reload(p).getStage()).isEqualTo(ProjectStage.CONTRACT);
    }

    @Test
    void aDirectCommissionAboveTheBudgetIsRefused() {
        Unit unit = fixtures.newUnit("100000");
        ProcurementProject p = adviserBelowTheFloor(unit);
        WorkTask task = task(unit.purchaser(), p, Tendering.TASK_PURCHASE_BELOW_FLOOR);
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.purchaser()), task.id(), new PurchaseBelowFloorHandler.Form(
                BelowFloorPurchase.Mode.DIRECT_COMMISSION, provider(2), new BigDecimal("20000.01"), null, "直接委托")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.code()).isEqualTo("error.tender.above-budget");
                });
        assertThat(awards.currentAward(p.getId())).isEmpty();
    }

    @Test
    void atTheFloorTheFormalMethodsApply() {
        Unit unit = fixtures.newUnit("100000");
        ProcurementProject p = approveAndCommit(unit, apply(unit, fixtures.villageAdviser, "25"));   // 50,000 = the floor
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
        assertThat(instance(p, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_PREPARE_DOCUMENTS);
    }

    private PurchaseBelowFloorHandler.Form form(long chosen, List<Quote> quotes) {
        return new PurchaseBelowFloorHandler.Form(BelowFloorPurchase.Mode.QUOTE_COMPARISON, chosen, null, quotes,
                "向三家入库法律服务机构询价，比较后选择报价最低者");
    }

    private void refused(Unit unit, WorkTask task, long chosen, List<Quote> quotes, String field, String code, String says) {
        assertThatThrownBy(() -> tasks.complete(fixtures.actor(unit.purchaser()), task.id(), form(chosen, quotes)))
                .as(code).isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(says);
                });
    }
}
