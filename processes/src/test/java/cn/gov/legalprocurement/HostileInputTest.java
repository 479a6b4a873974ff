package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.calendar.DayKind;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.IndicatorGroup;
import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.catalogue.ServiceUnit;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.organisation.ProviderSignUp;
import cn.gov.legalprocurement.organisation.ProviderType;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.payment.PaymentService;
import cn.gov.legalprocurement.payment.ReleasePaymentHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.tender.Bid;
import cn.gov.legalprocurement.tender.BidEnvelope;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hostile input gets a clear refusal on its field, in Chinese, and changes nothing. */
class HostileInputTest extends ProcessTestSupport {

    @Autowired
    PaymentService payments;
    @Autowired
    ProviderSignUp signUp;
    @Autowired
    ProviderService providers;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    RulesService rules;
    @Autowired
    JdbcTemplate jdbc;

    private ProjectService.Application application(Unit unit, String title, String recipients, String quantity) {
        return new ProjectService.Application(title, List.of(new ProjectService.Line(fixtures.legalAidCase.getId(),
                new BigDecimal(quantity))), recipients, TERM_START, TERM_END, unit.budgetLineId(), false, false, false, false, null);
    }

    @Test
    void overlongTextsControlCharactersAndHugeQuantitiesAreRefusedOnTheirField() {
        Unit unit = fixtures.newUnit("3000000");
        int before = projects.visibleTo(fixtures.actor(unit.purchaser())).size();
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "长".repeat(20_000), "群众", "10")),
                "title", "长度");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目\u0000\u0007", "群众", "10")),
                "title", "控制字符");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群".repeat(20_000), "10")),
                "serviceRecipients", "长度");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "1e18")),
                "quantity", "不得超过");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "0.001")),
                "quantity", "两位小数");
        assertRefused(() -> projects.apply(fixtures.actor(unit.purchaser()), application(unit, "项目", "群众", "-5")),
                "quantity", "大于零");
        assertThat(projects.visibleTo(fixtures.actor(unit.purchaser()))).hasSize(before);
    }

    @Test
    void aHostileContractPartIsRefusedOnItsField() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = awardOpenTender(unit);
        passDate(p, ProcessModel.Tendering.ID, ProcessModel.Tendering.VAR_CHALLENGE_WINDOW_ENDS);
        assertRefused(() -> complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE,
                contractForm("违".repeat(20_000))), "liabilityForBreach", "长度");
        for (HostileTexts.Case c : HostileTexts.refused()) {
            assertRefused(() -> complete(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE, contractForm(c.value())),
                    "liabilityForBreach", c.kind() == HostileTexts.Kind.OVERLONG ? "长度" : "控制字符");
        }
        // nothing was saved: the task is still open and the draft has no such part
        assertThat(findTask(unit.purchaser(), p, ProcessModel.ContractSigning.TASK_PREPARE)).isPresent();
        assertThat(contracts.ofProject(p.getId()).parts().get("liabilityForBreach")).isNull();
    }

    @Test
    void amountsAboveTheLimitAreRefused() {
        assertThatThrownBy(() -> Money.requirePositive("price", new BigDecimal("1e20")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.amount.too-large"));
        assertThat(Money.requirePositive("price", Money.MAX)).isEqualByComparingTo(Money.MAX);
    }

    @Test
    void aSealedPriceOf1e20OrWithThreeDecimalsIsDisqualifiedAtTheOpening() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        bid(p, 1, "1e20");
        bid(p, 2, "1700000.005");
        bid(p, 3, "<script>alert(1)</script>");
        openBids(p);
        assertThat(bidding.currentRound(p.getId())).hasSize(3).allSatisfy(b -> {
            assertThat(b.getStatus()).isEqualTo(Bid.Status.DISQUALIFIED);
            assertThat(b.getDisqualificationReason()).contains("不是有效金额");
        });
        // the reason quotes the bidder's text as text: it is shown escaped by every page
        assertThat(bidding.currentRound(p.getId()).get(2).getDisqualificationReason()).contains("<script>");
    }

    @Test
    void aReplayedPaymentReleaseIsRefusedAndPaysOnce() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        WorkTask release = awaitingRelease(unit, p);
        tasks.complete(fixtures.actor("finance"), release.id(), new ReleasePaymentHandler.Form("ZF-REPLAY-1"));
        // the same form sent again (a double click, a replayed request)
        assertThatThrownBy(() -> tasks.complete(fixtures.actor("finance"), release.id(), new ReleasePaymentHandler.Form("ZF-REPLAY-1")))
                .isInstanceOf(PortalException.class);
        long contractId = contracts.ofProject(p.getId()).getId();
        assertThat(payments.paidSoFar(contractId)).isEqualByComparingTo(contracts.ofProject(p.getId()).getAmount());
        assertThat(payments.ofContract(contractId)).filteredOn(pay -> pay.getStatus() == cn.gov.legalprocurement.payment.Payment.Status.RELEASED).hasSize(1);
    }

    @Test
    void aReplayedSealedBidLeavesOneLiveBid() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = openTender(unit);
        var sealed = BidEnvelope.seal(new BidEnvelope.Plain("1700000", "方案", List.of()), BidEnvelope.newKey());
        bidding.submitBid(fixtures.actor("provider2"), p.getId(), sealed);
        bidding.submitBid(fixtures.actor("provider2"), p.getId(), sealed);
        assertThat(bidding.currentRound(p.getId())).filteredOn(b -> b.getStatus() == Bid.Status.SEALED).hasSize(1);
    }

    /**
     * The pages outside tasks (registration, catalogue, rules, calendar, providers): every text refuses every overlong
     * text and every text with a control character of the corpus on its field, and nothing is written.
     */
    @Test
    void hostileTextsOnThePagesOutsideTasksAreRefusedOnTheirFieldAndWriteNothing() {
        long audited = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        long organisations = jdbc.queryForObject("select count(*) from organisation", Long.class);
        Actor justice = fixtures.actor("justice");
        Actor provider = fixtures.actor("provider1");
        long own = fixtures.providers.get(0).getId();
        Map<String, Function<String, Runnable>> fields = new LinkedHashMap<>();
        for (String field : List.of("name", "code", "licenceNumber", "contactPerson", "contactPhone")) {
            fields.put("registration." + field, text -> () -> signUp.signUp(registration(field, text),
                    new ProviderSignUp.Account("longtext", "Secret-2026!", "张三"), "licence.pdf", new byte[] {1}));
        }
        fields.put("registration.displayName", text -> () -> signUp.signUp(registration(null, null),
                new ProviderSignUp.Account("longtext", "Secret-2026!", text), "licence.pdf", new byte[] {1}));
        fields.put("catalogue.name", text -> () -> catalogue.propose(justice, proposal(text, "说明", "财政", "指标")));
        fields.put("catalogue.description", text -> () -> catalogue.propose(justice, proposal("名称", text, "财政", "指标")));
        fields.put("catalogue.payingParty", text -> () -> catalogue.propose(justice, proposal("名称", "说明", text, "指标")));
        fields.put("catalogue.indicators", text -> () -> catalogue.propose(justice, proposal("名称", "说明", "财政", text)));
        fields.put("catalogue.reason", text -> () -> catalogue.proposeRetirement(justice, fixtures.legalAidCase.getId(), text));
        fields.put("providers.remark", text -> () -> providers.verify(justice, own, true, text));
        fields.put("providers.reason", text -> () -> providers.exclude(fixtures.actor("finance"), own,
                java.time.LocalDate.of(2028, 1, 1), text));
        fields.put("practitioner.name", text -> () -> providers.addPractitioner(provider, own, text, "13304201010000001", "刑事", 3));
        fields.put("practitioner.licenceNumber", text -> () -> providers.addPractitioner(provider, own, "张三", text, "刑事", 3));
        fields.put("practitioner.practiceArea", text -> () -> providers.addPractitioner(provider, own, "张三", "13304201010000001", text, 3));
        Actor admin = new Actor("admin", fixtures.financeDepartment, java.util.Set.of(cn.gov.legalprocurement.shared.Role.ADMIN));
        fields.put("calendar.name", text -> () -> deadlines.setDay(admin, java.time.LocalDate.of(2027, 5, 6), DayKind.HOLIDAY, text));

        for (HostileTexts.Case c : HostileTexts.refused()) {
            String code = c.kind() == HostileTexts.Kind.OVERLONG ? "error.size" : "error.text.control";
            fields.forEach((field, action) -> assertThatThrownBy(action.apply(c.value())::run).as(field + " took " + c)
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.field()).isEqualTo(field.substring(field.indexOf('.') + 1));
                        assertThat(e.code()).isEqualTo(code);
                    }));
            assertRefused(() -> rules.override(admin, Fixtures.JURISDICTION, Rule.OPEN_TENDER_THRESHOLD, c.value()), "value", "");
        }
        assertRefused(() -> signUp.signUp(registration(null, null), new ProviderSignUp.Account("longtext", "密".repeat(20_000), "张三"),
                "licence.pdf", new byte[] {1}), "password", "最长");

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(audited);
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(organisations);
        assertThat(jdbc.queryForObject("select count(*) from portal_user where username = 'longtext'", Long.class)).isZero();
    }

    /** A valid registration with one field replaced. */
    private static ProviderService.Registration registration(String field, String value) {
        java.util.function.Function<String, String> f = name -> name.equals(field) ? value : null;
        return new ProviderService.Registration(or(f.apply("code"), "PH-LS-LONG"), or(f.apply("name"), "浙江长文律师事务所"),
                Fixtures.JURISDICTION, ProviderType.LAW_FIRM, "91330482MA2B999999", or(f.apply("licenceNumber"), "33040000000099"),
                java.time.LocalDate.of(2029, 12, 31), SmeSize.SMALL, or(f.apply("contactPerson"), "张三"),
                or(f.apply("contactPhone"), "0573-85000000"));
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static CatalogueService.Proposal proposal(String name, String description, String payingParty, String indicator) {
        return new CatalogueService.Proposal("PH-09-001", name, "01", description, ServiceUnit.CASE, Money.yuan(100), payingParty, 2027,
                List.of(new CatalogueService.IndicatorDraft(IndicatorGroup.SERVICE_RESULTS, Measure.CASES, indicator, Money.yuan(1))));
    }

    private void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
