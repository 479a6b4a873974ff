package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.OrganisationRepository;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalProperties;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sealed bids: taken sealed from the bidder's browser, withdrawn or replaced before the deadline,
 * decrypted by the bidder at the opening; shown to the purchaser once the opening is on record
 * ({@link BidDisclosure} says when).
 */
@Service
public class BidService {

    /**
     * What a bidder sees of their own bid: when it was sealed, its status and commitment, and the price
     * once they have decrypted it.
     */
    public record BidView(long id, long projectId, int round, long providerId, String providerName, Instant submittedAt,
                          Bid.Status status, String commitment, BigDecimal price, String reason, Integer rank,
                          BigDecimal totalScore) {
    }

    /** Who the audit trail names for a step on a sealed bid: the bidder is not recorded before the opening. */
    public static final String SEALED_BIDDER = "sealed-bidder";
    private static final int MAX_PRICE_CHARS = 40;

    private final BidRepository bids;
    private final BidAttachmentRepository attachments;
    private final PortalProperties properties;
    private final ProjectService projects;
    private final OrganisationRepository organisations;
    private final DocumentArchive documents;
    private final AuditLog audit;
    private final PortalClock clock;
    private final InvitationService invitations;
    private final BidDisclosure disclosure;

    BidService(BidRepository bids, BidAttachmentRepository attachments, PortalProperties properties,
               ProjectService projects, OrganisationRepository organisations, DocumentArchive documents,
               AuditLog audit, PortalClock clock, InvitationService invitations,
               BidDisclosure disclosure) {
        this.bids = bids;
        this.attachments = attachments;
        this.properties = properties;
        this.projects = projects;
        this.organisations = organisations;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.invitations = invitations;
        this.disclosure = disclosure;
    }

    /**
     * Whether this provider may see the tender: one it may bid in (any, but an invited tender or a round of final
     * quotations only if asked), or one whose procurement it took part in (an eliminated supplier follows the outcome).
     */
    @Transactional(readOnly = true)
    public boolean mayTakePart(Actor actor, long projectId) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.project(projectId);
        return invitations.mayBid(p, actor.organisationId()) || disclosure.tookPart(p, actor.organisationId());
    }

    /** Whether this provider may bid in the tender's current round. */
    @Transactional(readOnly = true)
    public boolean mayBid(Actor actor, long projectId) {
        actor.require(Role.PROVIDER);
        return invitations.mayBid(projects.project(projectId), actor.organisationId());
    }

    /** The tenders open for bids that this provider may see and bid in: an invited tender only for those invited. */
    @Transactional(readOnly = true)
    public List<ProcurementProject> openTo(Actor actor) {
        actor.require(Role.PROVIDER);
        return projects.openForBids().stream().filter(p -> invitations.mayBid(p, actor.organisationId())).toList();
    }

    /**
     * Takes a bid sealed in the bidder's browser. The portal cannot read it: it checks only the tender,
     * the deadline, the provider's eligibility and the sealed parts' shape and size. A sealed bid of the
     * same provider in this round is replaced (withdrawn) in the same transaction.
     */
    @Transactional
    public BidView submitBid(Actor actor, long projectId, SealedBid sealed) {
        actor.require(Role.PROVIDER);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (p.getStage() != ProjectStage.TENDERING || p.getBidDeadline() == null || p.getTenderRound() == 0) {
            throw PortalException.conflict(null, "error.tender.not-open");
        }
        if (!now.isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.deadline-passed",
                    PortalClock.minutes(p.getBidDeadline()));
        }
        Organisation provider = organisations.findById(actor.organisationId())
                .orElseThrow(() -> PortalException.forbidden("error.organisation"));
        String ineligible = provider.ineligibilityOn(PortalClock.dayOf(now));
        if (ineligible != null) {
            throw PortalException.forbidden(ineligible, provider.getName());
        }
        if (!InvitationService.admitsUnderSmeReservation(p, provider)) {
            throw PortalException.forbidden("error.bid.sme-reserved", provider.getName());
        }
        if (!invitations.mayBid(p, provider.getId())) {
            throw PortalException.forbidden("error.bid.not-invited");
        }
        BidEnvelope.checkShape(sealed, properties.uploads().maxBytes());
        bids.findByProjectIdAndTenderRoundAndProviderIdAndStatus(projectId, p.getTenderRound(), provider.getId(),
                Bid.Status.SEALED).forEach(earlier -> {
                    earlier.withdraw("已由本单位重新密封的投标文件替换");
                    audit.record(SEALED_BIDDER, "tender.replace-bid", Bid.class, earlier.getId(), null, null);
                });
        Bid bid = bids.save(new Bid(projectId, p.getTenderRound(), provider.getId(), now, BidEnvelope.storedForm(sealed),
                sealed.commitment()));
        for (int i = 0; i < sealed.attachments().size(); i++) {
            SealedBid.Attachment a = sealed.attachments().get(i);
            attachments.save(new BidAttachment(bid.getId(), i, a.iv(), java.util.Base64.getDecoder().decode(a.data())));
        }
        audit.record(SEALED_BIDDER, "tender.bid-sealed", Bid.class, bid.getId(), null, null);
        return view(bid, provider.getName());
    }

    @Transactional
    public void withdrawBid(Actor actor, long bidId) {
        actor.require(Role.PROVIDER);
        Bid bid = bids.findById(bidId).orElseThrow(() -> PortalException.notFound("Bid", bidId));
        actor.requireOrganisation(bid.getProviderId());
        ProcurementProject p = projects.project(bid.getProjectId());
        if (bid.getStatus() != Bid.Status.SEALED || bid.getTenderRound() != p.getTenderRound()
                || !clock.now().isBefore(p.getBidDeadline())) {
            throw PortalException.conflict(null, "error.tender.deadline-passed",
                    PortalClock.minutes(p.getBidDeadline()));
        }
        bid.withdraw("投标人在截止前撤回");
        audit.record(SEALED_BIDDER, "tender.withdraw-bid", Bid.class, bidId, null, null);
    }

    /**
     * The bidder decrypts their own bid at the opening, with the key only they hold: from the deadline
     * to the end of the decryption window. A wrong key changes nothing and may be retried; the right key
     * opens the envelope, which must match the commitment, and its files, which are then checked and
     * archived.
     */
    @Transactional
    public BidView decryptBid(Actor actor, long projectId, String keyText) {
        actor.require(Role.PROVIDER);
        byte[] key = BidEnvelope.parseKey(keyText);
        ProcurementProject p = projects.lock(projectId);
        Instant now = clock.now();
        if (!p.isDecrypting(now)) {
            throw PortalException.conflict("key", "error.bid.not-decrypting", p.getBidDeadline() == null ? "" :
                    PortalClock.minutes(p.getBidDeadline()), p.getDecryptionWindowEnds() == null ? "" :
                    PortalClock.minutes(p.getDecryptionWindowEnds()));
        }
        Bid bid = bids.findByProjectIdAndTenderRoundAndProviderIdAndStatus(projectId, p.getTenderRound(),
                        actor.organisationId(), Bid.Status.SEALED).stream().findFirst()
                .orElseThrow(() -> PortalException.conflict("key", "error.bid.none-sealed"));
        Organisation provider = organisations.findById(bid.getProviderId()).orElseThrow();
        List<BidAttachment> files = attachments.findByBidIdOrderByPosition(bid.getId());
        String problem = null;
        BigDecimal price = null;
        String proposal = null;
        try {
            BidEnvelope.Opened opened = BidEnvelope.open(bid.getSealedContent(), bid.getCommitment(), files, key);
            proposal = opened.proposal().strip();
            try {
                if (opened.price().length() > MAX_PRICE_CHARS) {
                    throw new NumberFormatException("too long");
                }
                price = Money.requirePositive("price", new BigDecimal(opened.price().strip()));
            } catch (NumberFormatException | PortalException e) {
                problem = "报价“" + abbreviate(opened.price(), MAX_PRICE_CHARS) + "”不是有效金额";
            }
            if (proposal.isEmpty() || proposal.length() > BidEnvelope.MAX_PROPOSAL_CHARS) {
                problem = "技术方案为空或超过 " + BidEnvelope.MAX_PROPOSAL_CHARS + " 字";
                proposal = abbreviate(proposal, BidEnvelope.MAX_PROPOSAL_CHARS);
            }
            for (int i = 0; i < files.size() && problem == null; i++) {
                BidEnvelope.File file = opened.attachments().get(i);
                try {
                    StoredDocument stored = documents.uploadPdf(actor, "attachments", Bid.class, bid.getId(),
                            "technical-proposal", archivedName(file.name(), i), file.content());
                    files.get(i).archived(stored.getId());
                } catch (PortalException refused) {
                    problem = "附件“" + abbreviate(file.name(), 60) + "”：" + refused.getMessage(java.util.Locale.CHINA);
                }
            }
        } catch (BidEnvelope.Mismatch mismatch) {
            problem = mismatch.getMessage();
        }
        bid.decrypted(actor.username(), now, price, proposal, provider.getSmeSize(), problem);
        audit.record(actor, "tender.bid-decrypted", Bid.class, bid.getId(), Map.of("status", Bid.Status.SEALED),
                Map.of("status", bid.getStatus(), "commitment", bid.getCommitment(), "submittedAt", bid.getSubmittedAt(),
                        "problem", String.valueOf(problem)));
        return view(bid, provider.getName());
    }

    @Transactional(readOnly = true)
    public List<BidView> myBids(Actor actor) {
        actor.require(Role.PROVIDER);
        String name = organisations.nameOf(actor.organisationId());
        return bids.findByProviderIdOrderBySubmittedAtDesc(actor.organisationId()).stream()
                .map(b -> view(b, name)).toList();
    }

    /**
     * The bids of the project's current round, for its purchasing unit and supervisors (experts read
     * them through their committee): refused until the opening has closed.
     */
    @Transactional(readOnly = true)
    public List<Bid> openedBids(Actor actor, long projectId) {
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD, Role.SUPERVISOR);
        ProcurementProject p = projects.project(projectId);
        if (!actor.has(Role.SUPERVISOR)) {
            actor.requireOrganisation(p.getPurchaserId());
        }
        if (!disclosure.onRecord(p)) {
            throw PortalException.forbidden("error.tender.sealed", PortalClock.minutes(
                    p.getDecryptionWindowEnds() == null ? p.getBidDeadline() : p.getDecryptionWindowEnds()));
        }
        return currentRound(projectId);
    }

    public List<Bid> currentRound(long projectId) {
        return roundOf(projectId, projects.project(projectId).getTenderRound());
    }

    public List<Bid> roundOf(long projectId, int round) {
        return bids.findByProjectIdAndTenderRoundOrderById(projectId, round);
    }

    private BidView view(Bid b, String providerName) {
        return new BidView(b.getId(), b.getProjectId(), b.getTenderRound(), b.getProviderId(), providerName,
                b.getSubmittedAt(), b.getStatus(), b.getCommitment(), b.getPrice(),
                b.getDisqualificationReason(), b.getRankNo(), b.getTotalScore());
    }

    /** A bidder's file name as the archive keeps it: no path, no control characters, at most 120 characters. */
    static String archivedName(String name, int position) {
        String base = name == null ? "" : name.replaceAll(".*[\\\\/]", "").replaceAll("\\p{Cntrl}", "").strip();
        boolean pdf = base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        String stem = pdf ? base.substring(0, base.length() - 4) : base;
        if (stem.isBlank()) {
            stem = "attachment-" + (position + 1);
        }
        return abbreviate(stem, 116).replace("…", "") + (pdf ? ".pdf" : "");
    }

    private static String abbreviate(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }
}
