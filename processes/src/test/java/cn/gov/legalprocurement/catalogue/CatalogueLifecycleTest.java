package cn.gov.legalprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel.CatalogueItemLifecycle;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Proposal, amendment and retirement of a catalogue item all pass JUSTICE's and FINANCE's review. */
class CatalogueLifecycleTest extends ProcessTestSupport {

    @Autowired
    CatalogueService catalogue;

    @Test
    void proposalAmendmentAndRetirementFollowTheReviewPath() {
        Actor justice = fixtures.actor("justice");
        Actor finance = fixtures.actor("finance");
        CatalogueItem proposed = catalogue.propose(justice, proposal("400"));
        assertThat(proposed.getStatus()).isEqualTo(CatalogueStatus.UNDER_REVIEW);

        // JUSTICE returns it; the proposer resubmits; both reviewers approve
        review(justice, proposed, CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, false, "单价请参照同类事项");
        // a refused revision (a negative unit price) names its field and changes nothing
        assertThatThrownBy(() -> complete(justice, proposed, CatalogueItemLifecycle.TASK_REVISE_PROPOSAL,
                new ReviseProposalHandler.Form(true, "社区矫正对象法治教育（集中）", null, Money.yuan("-1"), null, "")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
        assertThat(catalogue.item(proposed.getId()).getName()).isEqualTo("社区矫正对象法治教育");
        complete(justice, proposed, CatalogueItemLifecycle.TASK_REVISE_PROPOSAL, new ReviseProposalHandler.Form(true,
                "社区矫正对象法治教育（集中）", null, Money.yuan("380"), null, "单价已参照同类事项下调"));
        CatalogueItem revised = catalogue.item(proposed.getId());
        assertThat(revised.getName()).isEqualTo("社区矫正对象法治教育（集中）");
        assertThat(revised.getUnitPrice()).isEqualByComparingTo("380");
        assertThat(revised.getPayingParty()).isEqualTo("财政");
        review(justice, proposed, CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, true, null);
        assertThat(catalogue.item(proposed.getId()).isPublished()).isFalse();
        review(finance, proposed, CatalogueItemLifecycle.TASK_FINANCE_REVIEW, true, null);
        assertThat(catalogue.item(proposed.getId()).isPublished()).isTrue();

        // an amendment is a new version under review; the published one stays usable meanwhile
        CatalogueItem amended = catalogue.proposeAmendment(justice, proposed.getId(), proposal("450"));
        assertThat(amended.getItemVersion()).isEqualTo(2);
        assertThat(catalogue.item(proposed.getId()).isPublished()).isTrue();
        review(justice, amended, CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, true, null);
        review(finance, amended, CatalogueItemLifecycle.TASK_FINANCE_REVIEW, true, null);
        assertThat(catalogue.item(amended.getId()).getUnitPrice()).isEqualByComparingTo("450");
        assertThat(catalogue.item(amended.getId()).isPublished()).isTrue();
        assertThat(catalogue.item(proposed.getId()).getStatus()).isEqualTo(CatalogueStatus.RETIRED);

        // retirement: once reviewed, no project can use the item any more
        catalogue.proposeRetirement(justice, amended.getId(), "并入 PH-04-001");
        review(justice, amended, CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, true, null);
        review(finance, amended, CatalogueItemLifecycle.TASK_FINANCE_REVIEW, true, null);
        assertThat(catalogue.item(amended.getId()).getStatus()).isEqualTo(CatalogueStatus.RETIRED);
        Unit unit = fixtures.newUnit("100000");
        assertThatThrownBy(() -> apply(unit, catalogue.item(amended.getId()), "10"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("items");
                    assertThat(e.code()).isEqualTo("error.catalogue.not-published");
                });
    }

    @Test
    void aWithdrawnProposalFreesItsCodeButAPublishedItemKeepsIt() {
        Actor finance = fixtures.actor("finance");
        Actor justice = fixtures.actor("justice");
        CatalogueItem first = catalogue.propose(finance, proposal("PH-04-010", "300"));
        review(justice, first, CatalogueItemLifecycle.TASK_JUSTICE_REVIEW, false, "请补充服务标准");
        complete(finance, first, CatalogueItemLifecycle.TASK_REVISE_PROPOSAL,
                new ReviseProposalHandler.Form(false, null, null, null, null, "撤回"));
        assertThat(catalogue.item(first.getId()).getStatus()).isEqualTo(CatalogueStatus.WITHDRAWN);

        CatalogueItem again = catalogue.propose(finance, proposal("PH-04-010", "320"));
        assertThat(again.getItemVersion()).isEqualTo(2);
        assertThat(again.getStatus()).isEqualTo(CatalogueStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> catalogue.propose(finance, proposal("PH-04-010", "330")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.code()).isEqualTo("error.duplicate");
                });
    }

    private CatalogueService.Proposal proposal(String unitPrice) {
        return proposal("PH-04-009", unitPrice);
    }

    private CatalogueService.Proposal proposal(String code, String unitPrice) {
        return new CatalogueService.Proposal(code, "社区矫正对象法治教育", "02", "每次不少于 2 小时", ServiceUnit.SESSION,
                Money.yuan(unitPrice), "财政", 2027, List.of(new CatalogueService.IndicatorDraft(
                        IndicatorGroup.SERVICE_RESULTS, Measure.LECTURES, "开展教育场次", Money.yuan(1))));
    }

    private void review(Actor reviewer, CatalogueItem item, String taskKey, boolean approved, String comment) {
        complete(reviewer, item, taskKey, new ReviewDecision(approved, comment));
    }

    private void complete(Actor actor, CatalogueItem item, String taskKey, Object form) {
        WorkTask task = tasks.myTasks(actor).stream().filter(t -> t.taskKey().equals(taskKey))
                .filter(t -> item.getId().equals(tasks.variables(actor, t.id()).get(Vars.CATALOGUE_ITEM_ID)))
                .findFirst().orElseThrow(() -> new AssertionError(actor.username() + " has no " + taskKey));
        tasks.complete(actor, task.id(), form);
    }
}
