package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.documents.TemplateText;
import cn.gov.legalprocurement.intention.PurchaseIntentionService;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.CallOffRule;
import cn.gov.legalprocurement.project.ProcurementMethod;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tendering's first room: the purchaser's tender documents (price weight, technical criteria, bid
 * deadline no earlier than the method's response period allows) and the procurement notice.
 */
@Service
public class TenderDocumentsService {

    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final PublicationService publication;
    private final RulesService rules;
    private final DeadlineService deadlines;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final InvitationService invitations;
    private final BidBondService bonds;

    private final PurchaseIntentionService intentions;

    TenderDocumentsService(ProjectService projects, OrganisationRepository organisations,
                           PublicationService publication, RulesService rules, DeadlineService deadlines,
                           DocumentArchive documents, AuditLog audit, PortalClock clock, InvitationService invitations,
                           BidBondService bonds, PurchaseIntentionService intentions) {
        this.bonds = bonds;
        this.intentions = intentions;
        this.projects = projects;
        this.organisations = organisations;
        this.publication = publication;
        this.rules = rules;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.invitations = invitations;
    }

    /** The earliest bid deadline the method allows for a notice published now. */
    @Transactional(readOnly = true)
    public Instant earliestBidDeadline(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return earliestBidDeadline(p.getMethod(), rules.forJurisdiction(p.getJurisdictionCode()));
    }

    /**
     * The method's minimum period from the notice, and no earlier than the end of the documents' sale period
     * ({@code tender-documents-available-working-days}) where the method has one.
     */
    private Instant earliestBidDeadline(ProcurementMethod method, RuleBook book) {
        Rule period = method.responsePeriod();
        if (period == null) {
            return clock.now();
        }
        Instant end = periodEnd(period, book, clock.now());
        if (method.documentsOnSale()) {
            Instant onSaleUntil = documentsOnSaleUntil(book, clock.now());
            end = onSaleUntil.isAfter(end) ? onSaleUntil : end;
        }
        return end;
    }

    /** The end of the documents' sale period for documents published at {@code published}. */
    public Instant documentsOnSaleUntil(RuleBook book, Instant published) {
        return deadlines.workingDaysEnd(published, book.workingDays(Rule.TENDER_DOCUMENTS_AVAILABLE_WORKING_DAYS));
    }

    /** The end of a statutory period from {@code from}, counted in the period's unit (days or working days). */
    Instant periodEnd(Rule period, RuleBook book, Instant from) {
        return period.unit() == Rule.Unit.WORKING_DAYS
                ? deadlines.workingDaysEnd(from, book.workingDays(period))
                : deadlines.daysEnd(from, book.days(period));
    }

    /** When the decryption after a bid (or final-quotation) deadline ends ({@code bid-decryption-window-minutes}). */
    public static Instant decryptionWindowEnds(RuleBook book, Instant deadline) {
        return deadline.plus(java.time.Duration.ofMinutes(book.minutes(Rule.BID_DECRYPTION_WINDOW_MINUTES)));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "——" : text;
    }

    /** The most a bid bond may be: {@code bid-bond-max-percent} of the budget. */
    public record BondCeiling(BigDecimal percent, BigDecimal amount) {
    }

    @Transactional(readOnly = true)
    public BondCeiling bidBondCeiling(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        return new BondCeiling(book.percent(Rule.BID_BOND_MAX_PERCENT), BidBondService.ceiling(p, book));
    }

    /** Whether the project may be reserved for SMEs, whether the law reserves it unless a reason is given, and the limit. */
    public record SmeReservation(boolean reservable, boolean applies, BigDecimal limit) {
    }

    @Transactional(readOnly = true)
    public SmeReservation smeReservation(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        return new SmeReservation(p.getMethod().reservableForSmes(), smeReservationApplies(p, book), book.yuan(Rule.SME_RESERVED_LIMIT));
    }

    /** The hour the portal proposes for a bid deadline and opening: a working morning. */
    public static final LocalTime PROPOSED_OPENING_TIME = LocalTime.of(9, 30);

    /** The deadline the form proposes: the first working morning at or after the earliest lawful deadline. */
    @Transactional(readOnly = true)
    public Instant proposedBidDeadline(long projectId) {
        return deadlines.firstWorkingDayAt(earliestBidDeadline(projectId), PROPOSED_OPENING_TIME);
    }

    /** How a bid deadline falls: on a working day, or on a rest day the jurisdiction allows or refuses. */
    public enum DeadlineDay { WORKING_DAY, REST_DAY_ALLOWED, REST_DAY_REFUSED }

    @Transactional(readOnly = true)
    public DeadlineDay deadlineDay(long projectId, Instant bidDeadline) {
        return deadlineDay(rules.forJurisdiction(projects.project(projectId).getJurisdictionCode()), bidDeadline);
    }

    private DeadlineDay deadlineDay(RuleBook book, Instant bidDeadline) {
        if (deadlines.isWorkingDay(PortalClock.dayOf(bidDeadline))) {
            return DeadlineDay.WORKING_DAY;
        }
        return book.flag(Rule.BID_DEADLINE_ON_REST_DAY_ALLOWED) ? DeadlineDay.REST_DAY_ALLOWED : DeadlineDay.REST_DAY_REFUSED;
    }

    /** A tender round as the documents open it: bids until the deadline, decryption until the window ends. */
    public record Round(int number, Instant bidDeadline, Instant decryptionWindowEnds) {
    }

    /**
     * What the purchaser sets in a round's documents: the price weight, the technical criteria, the bid bond (none when
     * empty or zero), the deadline, a framework agreement's call-off rule, and whether the project is reserved for
     * SMEs (with the reason where it is not and the law would reserve it).
     */
    public record Documents(int priceWeight, String technicalCriteria, BigDecimal bidBond, Instant bidDeadline,
                            CallOffRule callOffRule, Boolean smeReserved, String smeWaiver) {
    }

    /** The longest reason for not reserving a project for SMEs. */
    public static final int SME_WAIVER_MAX = 500;

    /**
     * Whether 财库〔2020〕46号 reserves the project for SMEs unless the documents say why it is not suited to them: a
     * competitive method (not single source, a framework agreement or a purchase below the floor) up to
     * {@code sme-reserved-limit}.
     */
    public static boolean smeReservationApplies(ProcurementProject p, RuleBook book) {
        return p.getMethod().reservableForSmes() && p.getEstimatedAmount().compareTo(book.yuan(Rule.SME_RESERVED_LIMIT)) <= 0;
    }

    Round prepareDocuments(Actor actor, long projectId, Documents d) {
        int priceWeight = d.priceWeight();
        String technicalCriteria = d.technicalCriteria();
        Instant bidDeadline = d.bidDeadline();
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (p.getTenderRound() == 0) {
            // the procurement starts with these documents: its intention must have been public long enough
            intentions.requireIntentionPeriodPassed(p);
        }
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        int min = book.percent(Rule.PRICE_WEIGHT_MIN_PERCENT).intValue();
        if (priceWeight < min) {
            throw PortalException.invalid("priceWeight", "error.tender.price-weight-min", min);
        }
        if (p.getMethod() == ProcurementMethod.COMPETITIVE_CONSULTATION
                && priceWeight > book.percent(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION).intValue()) {
            throw PortalException.invalid("priceWeight", "error.tender.price-weight-max",
                    book.percent(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION).intValue());
        }
        BigDecimal bond = BidBondService.checkedAmount(p, book, d.bidBond());
        Instant earliest = earliestBidDeadline(p.getMethod(), book);
        if (bidDeadline.isBefore(earliest)) {
            throw PortalException.invalid("bidDeadline", "error.tender.deadline-too-early",
                    PortalClock.dayOf(earliest), p.getMethod());
        }
        if (deadlineDay(book, bidDeadline) == DeadlineDay.REST_DAY_REFUSED) {
            throw PortalException.invalid("bidDeadline", "error.tender.deadline-rest-day", PortalClock.dayOf(bidDeadline));
        }
        smeReservation(p, book, d.smeReserved(), d.smeWaiver());
        if (p.getMethod() == ProcurementMethod.INVITED_TENDER) {
            invitations.requireEnoughCandidates(p);
        }
        if (p.getMethod() == ProcurementMethod.FRAMEWORK_AGREEMENT) {
            frameworkTerms(p, book, d.callOffRule());
        }
        Instant decryptionEnds = decryptionWindowEnds(book, bidDeadline);
        if (p.getTenderRound() > 0) {
            // the procurement is carried out again: the bonds of the ended round are owed back
            bonds.roundEnded(projectId);
        }
        p.openRound(priceWeight, technicalCriteria.strip(), bond, bidDeadline, decryptionEnds, clock.now());
        audit.record(actor, "tender.documents", ProcurementProject.class, projectId, null, Map.of(
                "round", p.getTenderRound(), "priceWeight", priceWeight, "bidBond", bond, "bidDeadline", bidDeadline,
                "decryptionWindowEnds", decryptionEnds, "smeReserved", p.isSmeReserved(),
                "smeWaiver", p.getSmeWaiver() == null ? "" : p.getSmeWaiver()));
        return new Round(p.getTenderRound(), bidDeadline, decryptionEnds);
    }

    /**
     * 财库〔2020〕46号: where the reservation applies the documents say whether the project is reserved for SMEs, and
     * why not where it is not; a method that cannot be reserved (single source, framework agreement) is not.
     */
    private static void smeReservation(ProcurementProject p, RuleBook book, Boolean reserved, String waiver) {
        boolean applies = smeReservationApplies(p, book);
        if (applies && reserved == null) {
            throw PortalException.invalid("smeReserved", "error.required");
        }
        boolean isReserved = Boolean.TRUE.equals(reserved);
        if (isReserved && !p.getMethod().reservableForSmes()) {
            throw PortalException.invalid("smeReserved", "error.tender.sme-not-reservable", p.getMethod().label());
        }
        String reason = isReserved ? null : Texts.optional("smeWaiver", waiver, SME_WAIVER_MAX);
        if (applies && !isReserved && reason == null) {
            throw PortalException.invalid("smeWaiver", "error.tender.sme-waiver-required", book.yuan(Rule.SME_RESERVED_LIMIT));
        }
        p.smeReservation(isReserved, reason);
    }

    /**
     * A framework agreement's documents say how stage two decides each call-off's supplier, and its term (the
     * project's) is within {@code framework-agreement-max-term-months} (110号令: services at most two years).
     */
    private static void frameworkTerms(ProcurementProject p, RuleBook book, CallOffRule callOffRule) {
        if (callOffRule == null) {
            throw PortalException.invalid("callOffRule", "error.required");
        }
        int maxMonths = book.count(Rule.FRAMEWORK_AGREEMENT_MAX_TERM_MONTHS);
        if (p.getTermEnd().isAfter(p.getTermStart().plusMonths(maxMonths))) {
            throw PortalException.conflict(null, "error.framework.term-too-long", maxMonths);
        }
        p.callOffsBy(callOffRule);
    }

    @Transactional
    public void publishNotice(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        Organisation purchaser = organisations.findById(p.getPurchaserId()).orElseThrow();
        Map<String, String> values = DocumentModels.procurementNotice(new DocumentModels.NoticeData(
                p.getCode(), p.getTitle(), purchaser.getName(), orDash(purchaser.getAddress()),
                orDash(Stream.of(purchaser.getContactPerson(), purchaser.getContactPhone()).filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(" "))),
                p.getMethod().label(), p.getEstimatedAmount(),
                p.getServiceRecipients(), p.getTermStart().toString(), p.getTermEnd().toString(), p.getPriceWeight(),
                book.percent(Rule.SME_PRICE_DEDUCTION_PERCENT).stripTrailingZeros().toPlainString(),
                p.isSmeReserved(), p.getSmeWaiver(), p.getTechnicalCriteria(), PortalClock.minutes(p.getBidDeadline()), p.getMethod() == ProcurementMethod.INVITED_TENDER,
                p.getMethod().documentsOnSale() ? book.workingDays(Rule.TENDER_DOCUMENTS_AVAILABLE_WORKING_DAYS) : 0,
                p.getBidBond(), book.workingDays(Rule.BID_BOND_REFUND_WORKING_DAYS),
                book.workingDays(Rule.INQUIRY_ANSWER_WORKING_DAYS), book.workingDays(Rule.CHALLENGE_PERIOD_WORKING_DAYS),
                clock.today().toString()));
        Optional<StoredDocument> notice = documents.render(ProcurementProject.class, projectId, "PROCUREMENT_NOTICE",
                p.getCode() + "-notice-" + p.getTenderRound() + ".pdf", DocumentTemplate.PROCUREMENT_NOTICE, values);
        publication.publish(projectId, Announcement.Kind.PROCUREMENT_NOTICE, p.getTitle() + " 采购公告",
                TemplateText.plain(DocumentTemplate.PROCUREMENT_NOTICE, values), p.getBidDeadline(), notice);
    }
}
