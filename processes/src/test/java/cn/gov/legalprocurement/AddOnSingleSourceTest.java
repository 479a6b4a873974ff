package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.NegotiateSingleSourceHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.Tendering;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code single-source-add-on-max-percent} (政府采购法 art. 31(3)): the unit adds to its signed contract
 * by single source from the original supplier, for the same services, all add-ons together within 10 % of
 * the original amount; no single-source notice.
 */
class AddOnSingleSourceTest extends ProcessTestSupport {

    @Autowired
    PublicationService publication;

    /** More of the original services, for the rest of its term (bought while the original contract is performed). */
    ProcurementProject addOn(Unit unit, Contract original, CatalogueItem item, String quantity) {
        return projects.apply(fixtures.actor(unit.purchaser()), new ProjectService.Application("法律援助案件代理服务（添购）",
                List.of(new ProjectService.Line(item.getId(), new BigDecimal(quantity))), "平湖市经济困难群众", TERM_START.plusMonths(1), TERM_END,
                unit.budgetLineId(), false, false, false, false, "案件量超出原合同，需原承办律所继续承办", original.getId()));
    }

    @Test
    void anAddOnWithinTenPercentIsAgreedWithTheOriginalSupplierWithoutANotice() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject first = contractInForce(unit);
        Contract original = contracts.ofProject(first.getId());
        assertThat(original.getAmount()).isEqualByComparingTo("1800000");   // 10 % of it: 180,000

        ProcurementProject p = approveAndCommit(unit, addOn(unit, original, fixtures.legalAidCase, "20"));   // 60,000
        assertThat(p.getMethod()).isEqualTo(ProcurementMethod.SINGLE_SOURCE);
        assertThat(p.getMethodReason()).contains("第31条第三项");
        assertThat(instance(p, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE);
        assertThat(publication.ofProject(p.getId())).noneMatch(a -> a.getKind() == Announcement.Kind.SINGLE_SOURCE_NOTICE);

        long other = fixtures.providers.get(2).getId();
        assertThatThrownBy(() -> complete(unit.purchaser(), p, Tendering.TASK_NEGOTIATE_SINGLE_SOURCE,
                new NegotiateSingleSourceHandler.Form(other, new BigDecimal("58000"), "协商记录")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("providerId");
                    assertThat(e.code()).isEqualTo("error.add-on.other-provider");
                    assertThat(e.getMessage()).contains(original.getCode());
                });
        assertThat(awards.currentAward(p.getId())).isEmpty();
        complete(unit.purchaser(), p, Tendering.TASK_NEGOTIATE_SINGLE_SOURCE,
                new NegotiateSingleSourceHandler.Form(original.getProviderId(), new BigDecimal("58000"), "按原合同单价协商添购 20 件"));
        publishAward(unit, p);
        assertThat(awards.currentAward(p.getId())).hasValueSatisfying(a -> assertThat(a.getProviderId()).isEqualTo(original.getProviderId()));
        assertThat(instance(p, Tendering.ID)).isWaitingAt(Tendering.GATEWAY_CHALLENGE_WINDOW);

        // a second add-on reaches exactly 10 %; one more case goes beyond it and is refused, saving nothing
        approveAndCommit(unit, addOn(unit, original, fixtures.legalAidCase, "40"));   // 60,000 + 120,000 = 180,000
        long before = projects.visibleTo(fixtures.actor(unit.purchaser())).size();
        assertThatThrownBy(() -> addOn(unit, original, fixtures.legalAidCase, "1"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("items");
                    assertThat(e.code()).isEqualTo("error.add-on.above-limit");
                    assertThat(e.getMessage()).contains("10%", "180,000.00", "3,000.00");
                });
        assertThat(projects.visibleTo(fixtures.actor(unit.purchaser()))).hasSize((int) before);
    }

    @Test
    void anAddOnOfOtherServicesOrToAnotherUnitsContractIsRefused() {
        Unit unit = fixtures.newUnit("3000000");
        Contract original = contracts.ofProject(contractInForce(unit).getId());
        assertThatThrownBy(() -> addOn(unit, original, fixtures.villageAdviser, "30"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.add-on.other-subject"));

        // below the floor (50,000 here) an add-on still goes to the original supplier by single source
        ProcurementProject small = approveAndCommit(unit, addOn(unit, original, fixtures.legalAidCase, "10"));   // 30,000
        assertThat(small.getMethod()).isEqualTo(ProcurementMethod.SINGLE_SOURCE);
        assertThat(instance(small, Tendering.ID)).isWaitingAtExactly(Tendering.TASK_NEGOTIATE_SINGLE_SOURCE);

        Unit other = fixtures.newUnit("3000000");
        assertThatThrownBy(() -> addOn(other, original, fixtures.legalAidCase, "20"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("addOnToContractId");
                    assertThat(e.code()).isEqualTo("error.unknown");
                });
    }
}
