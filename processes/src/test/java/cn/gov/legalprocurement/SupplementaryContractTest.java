package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.SupplementaryContract;
import cn.gov.legalprocurement.contract.SupplementaryContractService;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code supplementary-contract-max-percent}: supplementary contracts to a contract in force (政府采购法 49)
 * together come to at most 10 % of its original amount, refused above it with the figures and nothing saved; the
 * provider's signature adds the supplement to the contract's amount and the budget commitment, and publishes it.
 */
class SupplementaryContractTest extends ProcessTestSupport {

    @Autowired
    SupplementaryContractService supplements;
    @Autowired
    BudgetService budget;
    @Autowired
    PublicationService publication;

    @Test
    void supplementsTogetherStayWithinTenPercentOfTheOriginalAndTheSignatureAddsThem() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        Contract c = contracts.ofProject(p.getId());
        assertThat(c.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        Actor purchaser = fixtures.actor(unit.purchaser());
        BigDecimal original = c.getAmount();
        BigDecimal tenth = Money.percentOf(original, 10);

        assertThatThrownBy(() -> supplements.propose(purchaser, c.getId(), tenth.add(new BigDecimal("0.01")),
                "追加办理法律援助案件", "案件量超出预期")).isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.code()).isEqualTo("error.supplement.above-limit");
                });
        assertThat(supplements.ofContract(c.getId())).as("a refusal saves nothing").isEmpty();

        BigDecimal first = Money.normalise(tenth.multiply(new BigDecimal("0.6")));
        SupplementaryContract s = supplements.propose(purchaser, c.getId(), first, "追加办理法律援助案件 40 件", "受援案件量超出年初预计");
        BigDecimal rest = tenth.subtract(first);
        assertThatThrownBy(() -> supplements.propose(purchaser, c.getId(), rest.add(new BigDecimal("0.01")), "再追加", "再追加"))
                .as("all supplements together").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.code()).isEqualTo("error.supplement.above-limit"));
        assertThatThrownBy(() -> supplements.sign(fixtures.actor("provider2"), s.getId()))
                .as("only the contract's provider signs").isInstanceOf(PortalException.class);

        BigDecimal committedBefore = budget.unpaidCommitment(p.getId());
        supplements.sign(fixtures.actor("provider1"), s.getId());
        Contract after = contracts.contract(c.getId());
        assertThat(after.getAmount()).isEqualByComparingTo(original.add(first));
        assertThat(after.getOriginalAmount()).isEqualByComparingTo(original);
        assertThat(budget.unpaidCommitment(p.getId())).isEqualByComparingTo(committedBefore.add(first));
        assertThat(publication.ofProject(p.getId())).anySatisfy(a -> {
            assertThat(a.getKind()).isEqualTo(Announcement.Kind.SUPPLEMENTARY_CONTRACT);
            assertThat(a.getBody()).contains(c.getCode(), first.toPlainString());
        });
        assertThatThrownBy(() -> supplements.sign(fixtures.actor("provider1"), s.getId()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.supplement.signed"));

        assertThat(supplements.propose(purchaser, c.getId(), rest, "追加法治宣传 2 场", "社区需求").getSeq())
                .as("up to the limit exactly").isEqualTo(2);
        assertThat(supplements.room(c.getId()).left()).isZero();
    }
}
