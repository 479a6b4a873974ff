package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.PortalClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the bids of a procurement may be shown, and who took part in it: nothing of a bid, not even the number of
 * bids, before the opening (87号令); the purchaser's pages, the audit trail, bonds and challenges ask here.
 */
@Service
public class BidDisclosure {

    private final BidRepository bids;
    private final ProjectService projects;
    private final PortalClock clock;

    BidDisclosure(BidRepository bids, ProjectService projects, PortalClock clock) {
        this.bids = bids;
        this.projects = projects;
        this.clock = clock;
    }

    /** Whether the current round's opening has closed, so that its bids may be shown. */
    public boolean opened(ProcurementProject p) {
        return p.getTenderRound() > 0 && p.isDecryptionOver(clock.now())
                && bids.findByProjectIdAndTenderRoundOrderById(p.getId(), p.getTenderRound()).stream()
                .noneMatch(b -> b.getStatus() == Bid.Status.SEALED || b.getStatus() == Bid.Status.DECRYPTED);
    }

    /**
     * Whether the current procurement's bids may be shown: once its opening has closed; in a negotiation or
     * consultation once the final quotations are opened, so that nobody outside the panel learns the first
     * responses (or who is still in) while the suppliers may still quote.
     */
    public boolean onRecord(ProcurementProject p) {
        return opened(p) && (!p.getMethod().negotiates() || p.isFinalQuotationRound());
    }

    /**
     * The bids whose records may be shown: those of earlier procurements, and the current one's once it is on
     * record. Before that, not even their number is disclosed (87号令).
     */
    @Transactional(readOnly = true)
    public List<Long> bidsOnRecord(long projectId) {
        ProcurementProject p = projects.project(projectId);
        boolean current = onRecord(p);
        return bids.findByProjectIdOrderById(projectId).stream()
                .filter(b -> b.getTenderRound() < p.firstResponseRound() || current)
                .map(Bid::getId).toList();
    }

    /**
     * Whether the provider took part in the current procurement: a bid of its first responses or final
     * quotations that it did not withdraw (an eliminated supplier took part, and may challenge).
     */
    public boolean tookPart(ProcurementProject p, long providerId) {
        return bids.findByProjectIdOrderById(p.getId()).stream()
                .anyMatch(b -> b.getTenderRound() >= p.firstResponseRound() && b.getProviderId() == providerId
                        && b.getStatus() != Bid.Status.WITHDRAWN);
    }

    /**
     * Whether the provider's bid of the current round reached its opening (decrypted, or counted as withdrawn for not
     * being decrypted): the bidders who may challenge the opening.
     */
    public boolean reachedOpening(ProcurementProject p, long providerId) {
        return bids.findByProjectIdAndTenderRoundOrderById(p.getId(), p.getTenderRound()).stream()
                .anyMatch(b -> b.getProviderId() == providerId && b.reachedOpening());
    }
}
