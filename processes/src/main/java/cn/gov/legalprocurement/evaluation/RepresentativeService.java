package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchasing unit's representative on the evaluation committee (采购人代表): one of the unit's staff, named
 * before the committee is drawn, scoring as the experts do, never its chair. A seat exists only while the drawn
 * experts keep {@code committee-expert-share-min-percent} of the committee (two thirds: 87号令 47; 政府采购法 38, 74号令 7;
 * 财库〔2014〕214号): a panel of three or a committee of five has one, of seven two (the portal names at most one).
 */
@Service
public class RepresentativeService {

    private final ProjectService projects;
    private final EvaluationCommitteeRepository committees;
    private final RulesService rules;
    private final UserDirectory users;
    private final AuditLog audit;

    RepresentativeService(ProjectService projects, EvaluationCommitteeRepository committees, RulesService rules,
                          UserDirectory users, AuditLog audit) {
        this.projects = projects;
        this.committees = committees;
        this.rules = rules;
        this.users = users;
        this.audit = audit;
    }

    /** The committee's size and how many of its seats a representative may hold under the expert share. */
    public record Seats(int committeeSize, int representativeSeats, String expertSharePercent) {
    }

    @Transactional(readOnly = true)
    public Seats seats(long projectId) {
        ProcurementProject p = projects.project(projectId);
        RuleBook book = rules.forJurisdiction(p.getJurisdictionCode());
        int size = EvaluationService.committeeSize(p, book);
        return new Seats(size, EvaluationService.representativeSeats(size, book.percent(Rule.COMMITTEE_EXPERT_SHARE_MIN_PERCENT)),
                book.percent(Rule.COMMITTEE_EXPERT_SHARE_MIN_PERCENT).stripTrailingZeros().toPlainString());
    }

    /** Whether the unit may still name (or change) its representative: the project's committee is not drawn yet. */
    @Transactional(readOnly = true)
    public boolean mayName(long projectId) {
        ProcurementProject p = projects.project(projectId);
        return p.getStage() == ProjectStage.TENDERING && p.getMethod().evaluatedByCommittee()
                && committees.findFirstByProjectIdAndTenderRoundOrderByIdDesc(projectId, p.getTenderRound()).isEmpty();
    }

    /** One of the unit's staff who may represent it. */
    public record Candidate(String username, String displayName) {
    }

    /** The unit's staff who may represent it: its purchasers. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Actor actor, long projectId) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.project(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        return users.withRole(Role.PURCHASER, p.getPurchaserId()).stream()
                .map(u -> new Candidate(u.getUsername(), u.getDisplayName())).toList();
    }

    /**
     * The unit names its representative for the committee still to be drawn, or none ({@code username} null or
     * blank); refused where the committee has no seat for one under the expert share, naming the share.
     */
    @Transactional
    public void name(Actor actor, long projectId, String username) {
        actor.require(Role.PURCHASER);
        ProcurementProject p = projects.lock(projectId);
        actor.requireOrganisation(p.getPurchaserId());
        if (!mayName(projectId)) {
            throw PortalException.conflict("representative", "error.committee.representative-too-late");
        }
        String named = username == null || username.isBlank() ? null : username.strip();
        if (named != null) {
            Seats seats = seats(projectId);
            if (seats.representativeSeats() < 1) {
                throw PortalException.invalid("representative", "error.committee.no-representative-seat",
                        Integer.toString(seats.committeeSize()), seats.expertSharePercent());
            }
            boolean staff = users.withRole(Role.PURCHASER, p.getPurchaserId()).stream()
                    .anyMatch(u -> u.getUsername().equals(named));
            if (!staff) {
                throw PortalException.invalid("representative", "error.committee.representative-not-staff");
            }
        }
        Map<String, Object> before = new HashMap<>();
        before.put("representative", p.getPurchaserRepresentative());
        p.nameRepresentative(named);
        Map<String, Object> after = new HashMap<>();
        after.put("representative", named);
        audit.record(actor, "evaluation.name-representative", ProcurementProject.class, p.getId(), before, after);
    }
}
