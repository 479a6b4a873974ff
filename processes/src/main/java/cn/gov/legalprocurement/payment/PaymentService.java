package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetService;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractChanged;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.contract.PaymentInstalment;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment of the contract's instalments after acceptance: the shortfall deduction the contract
 * provides for, never above the contract amount nor the budget commitment, the SME payment clock
 * and its late interest, the head's approval and FINANCE's release.
 */
@Service
public class PaymentService {

    private final PaymentRepository payments;
    private final ContractService contracts;
    private final PerformanceService performance;
    private final BudgetService budget;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final ApplicationEventPublisher events;

    PaymentService(PaymentRepository payments, ContractService contracts, PerformanceService performance,
                   BudgetService budget, ProjectService projects, OrganisationRepository organisations,
                   RulesService rules, DeadlineService deadlines, DocumentArchive documents, AuditLog audit,
                   PortalClock clock, ApplicationEventPublisher events) {
        this.payments = payments;
        this.contracts = contracts;
        this.performance = performance;
        this.budget = budget;
        this.projects = projects;
        this.organisations = organisations;
        this.rules = rules;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Prepares the next scheduled instalment. Deduction: the share of the contracted delivery that
     * is missing, capped at the contract's shortfall deduction percentage. The last instalment
     * takes what remains of the contract amount, so rounding never over- or under-pays.
     */
    @Transactional
    public Payment prepareNext(long contractId) {
        Contract c = contracts.contract(contractId);
        List<PaymentInstalment> schedule = contracts.instalments(contractId);
        PaymentInstalment next = schedule.stream().filter(i -> i.getStatus() == PaymentInstalment.Status.SCHEDULED)
                .findFirst().orElseThrow(() -> new IllegalStateException("Contract " + c.getCode() + " has no instalment left"));
        boolean last = schedule.stream().filter(i -> i.getStatus() == PaymentInstalment.Status.SCHEDULED).count() == 1;
        BigDecimal grossSoFar = payments.findByContractIdOrderById(contractId).stream().map(Payment::getGrossAmount)
                .reduce(Money.ZERO, BigDecimal::add);
        BigDecimal gross = last ? c.getAmount().subtract(grossSoFar) : Money.percentOf(c.getAmount(), next.getPercentage());
        BigDecimal missing = BigDecimal.ONE.subtract(performance.deliveryRatio(contractId));
        BigDecimal rate = missing.min(BigDecimal.valueOf(c.getShortfallDeductionPercent()).movePointLeft(2));
        BigDecimal deduction = Money.normalise(gross.multiply(rate));
        BigDecimal net = gross.subtract(deduction);
        BigDecimal paid = paidSoFar(contractId);
        if (paid.add(net).compareTo(c.getAmount()) > 0) {
            throw new IllegalStateException("Instalment " + next.getSeq() + " of " + c.getCode() + " would pay more than the contract amount");
        }
        BigDecimal unpaidCommitment = budget.unpaidCommitment(c.getProjectId());
        if (net.compareTo(unpaidCommitment) > 0) {
            throw PortalException.conflict("amount", "error.payment.above-commitment", net, unpaidCommitment);
        }
        // a due date on a rest day moves to the next working day, and late interest counts from there
        LocalDate due = deadlines.lastDayOfDays(clock.today(), paymentDays(c));
        next.moveTo(PaymentInstalment.Status.IN_PAYMENT);
        Payment payment = payments.save(new Payment(contractId, next.getId(), Money.normalise(gross), deduction, due, clock.now()));
        audit.record(AuditLog.SYSTEM, "payment.prepare", Contract.class, contractId, null, Map.of("instalment", next.getSeq(),
                "gross", gross, "deduction", deduction, "net", net, "dueDate", due));
        return payment;
    }

    @Transactional(readOnly = true)
    public boolean moreInstalments(long contractId) {
        return contracts.instalments(contractId).stream().anyMatch(i -> i.getStatus() == PaymentInstalment.Status.SCHEDULED);
    }

    void approve(Actor actor, long paymentId, boolean confirmed, String comment) {
        actor.require(Role.PURCHASER_HEAD);
        Payment payment = payment(paymentId);
        Contract c = contracts.contract(payment.getContractId());
        actor.requireOrganisation(c.getPurchaserId());
        if (!confirmed) {
            throw PortalException.invalid("confirmed", "error.payment.confirm");
        }
        payment.approve(actor.username(), clock.now());
        audit.record(actor, "payment.approve", Payment.class, paymentId, null, Map.of("net", payment.getNetAmount(),
                "comment", comment == null ? "" : comment));
    }

    /** A released payment: the late interest owed (null when paid in time) and whether instalments remain. */
    public record Released(BigDecimal lateInterest, boolean moreInstalments) {
    }

    /** FINANCE releases the payment; late interest is computed when the SME clock has run out. */
    Released release(Actor actor, long paymentId, String voucherNo) {
        actor.require(Role.FINANCE);
        Payment payment = payment(paymentId);
        if (payment.getStatus() != Payment.Status.APPROVED) {
            throw PortalException.conflict(null, "error.payment.not-approved");
        }
        Contract c = contracts.contract(payment.getContractId());
        budget.pay(c.getProjectId(), payment.getNetAmount());
        BigDecimal interest = lateInterest(c, payment, clock.today());
        payment.release(actor.username(), clock.now(), interest);
        PaymentInstalment instalment = contracts.instalments(c.getId()).stream()
                .filter(i -> i.getId().equals(payment.getInstalmentId())).findFirst().orElseThrow();
        instalment.moveTo(PaymentInstalment.Status.PAID);
        documents.render(Contract.class, c.getId(), "PAYMENT_CERTIFICATE", c.getCode() + "-payment-" + instalment.getSeq() + ".pdf",
                DocumentTemplate.PAYMENT_CERTIFICATE, DocumentModels.paymentCertificate(new DocumentModels.PaymentData(
                        c.getCode(), c.getTitle(), new DocumentModels.Parties(organisations.nameOf(c.getPurchaserId()),
                        organisations.nameOf(c.getProviderId()),
                        null, null), instalment.getSeq(), instalment.getPercentage(), payment.getGrossAmount(),
                        payment.getDeduction(), payment.getNetAmount(), interest, payment.getDueDate().toString(),
                        clock.today().toString(), voucherNo, payment.getApprovedBy(), actor.username())));
        audit.record(actor, "payment.release", Payment.class, paymentId, null, Map.of("net", payment.getNetAmount(),
                "lateInterest", interest == null ? "0" : interest, "voucherNo", voucherNo));
        events.publishEvent(new ContractChanged(c.getId(), "paid"));
        return new Released(interest, moreInstalments(c.getId()));
    }

    /** 保障中小企业款项支付条例: 0.05 % of the overdue amount per day, for SME providers. */
    BigDecimal lateInterest(Contract c, Payment payment, LocalDate paidOn) {
        if (!isSme(c) || !paidOn.isAfter(payment.getDueDate())) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(payment.getDueDate(), paidOn);
        BigDecimal perDay = book(c).percent(Rule.LATE_PAYMENT_INTEREST_PERCENT_PER_DAY);
        return Money.normalise(payment.getNetAmount().multiply(perDay).movePointLeft(2).multiply(BigDecimal.valueOf(days)));
    }

    @Transactional(readOnly = true)
    public List<Payment> ofContract(long contractId) {
        return payments.findByContractIdOrderById(contractId);
    }

    @Transactional(readOnly = true)
    public BigDecimal paidSoFar(long contractId) {
        return payments.findByContractIdOrderById(contractId).stream().filter(p -> p.getStatus() == Payment.Status.RELEASED)
                .map(Payment::getNetAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    @Transactional(readOnly = true)
    public Payment payment(long id) {
        return payments.findById(id).orElseThrow(() -> PortalException.notFound("Payment", id));
    }

    private int paymentDays(Contract c) {
        int smeDays = book(c).days(Rule.SME_PAYMENT_DAYS);
        return isSme(c) ? Math.min(c.getPaymentDays(), smeDays) : c.getPaymentDays();
    }

    private boolean isSme(Contract c) {
        Organisation provider = organisations.findById(c.getProviderId()).orElseThrow();
        return provider.getSmeSize() != null && provider.getSmeSize().isSme();
    }

    private RuleBook book(Contract c) {
        return rules.forJurisdiction(projects.project(c.getProjectId()).getJurisdictionCode());
    }
}
