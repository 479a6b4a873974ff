package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.challenge.Challenge;
import cn.gov.legalprocurement.challenge.ChallengeService;
import cn.gov.legalprocurement.challenge.Complaint;
import cn.gov.legalprocurement.challenge.ComplaintService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A provider's bids and their results, with a challenge (质疑) during the statutory window, their challenges with a
 * complaint (投诉) to the finance department within its period, their complaints, and their bid bonds with when
 * each is due back.
 */
@Route(value = "bids", layout = MainLayout.class)
@Menu(order = 6, icon = "vaadin:envelope", title = "menu.bids")
@RolesAllowed("PROVIDER")
class MyBidsView extends VerticalLayout implements HasDynamicTitle {

    private final BidService bidding;
    private final ProjectService projects;
    private final ChallengeService challenges;
    private final CurrentUser user;
    private final PortalClock clock;
    private final Grid<BidService.BidView> bids = new Grid<>(BidService.BidView.class, false);
    private final Grid<Challenge> filed = new Grid<>(Challenge.class, false);
    private final ComplaintService complaints;
    private final Grid<Complaint> complained = new Grid<>(Complaint.class, false);
    private final BidBondService bonds;
    private final Grid<BidBondService.BondLine> bondLines = new Grid<>();
    /** The projects of the rows shown, read once per refresh. */
    private final Map<Long, ProcurementProject> projectsById = new HashMap<>();

    MyBidsView(BidService bidding, ProjectService projects, ChallengeService challenges, ComplaintService complaints,
               BidBondService bonds, CurrentUser user, PortalClock clock) {
        this.bidding = bidding;
        this.bonds = bonds;
        this.complaints = complaints;
        this.projects = projects;
        this.challenges = challenges;
        this.user = user;
        this.clock = clock;
        bids.addComponentColumn(b -> {
            ProcurementProject p = project(b.projectId());
            return Views.link(p.getCode() + " " + p.getTitle(), "tenders/" + p.getCode());
        }).setHeader(getTranslation("project.title")).setFlexGrow(3);
        bids.addColumn(BidService.BidView::round).setHeader(getTranslation("bid.round")).setAutoWidth(true);
        bids.addColumn(b -> Formats.dateTime(b.submittedAt())).setHeader(getTranslation("bid.submitted")).setAutoWidth(true);
        bids.addColumn(b -> Formats.money(b.price())).setHeader(getTranslation("bid.price")).setAutoWidth(true);
        bids.addColumn(b -> getTranslation("bid.status." + b.status().name())).setHeader(getTranslation("bid.status")).setAutoWidth(true);
        bids.addColumn(b -> b.rank() == null ? "" : b.rank()).setHeader(getTranslation("bid.rank")).setAutoWidth(true);
        bids.addColumn(b -> b.totalScore() == null ? "" : b.totalScore()).setHeader(getTranslation("bid.total-score")).setAutoWidth(true);
        bids.addComponentColumn(this::challengeButton).setAutoWidth(true);
        bids.setId("my-bids");
        filed.addColumn(c -> project(c.getProjectId()).getCode()).setHeader(getTranslation("project.code")).setAutoWidth(true);
        filed.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("challenge.filed")).setAutoWidth(true);
        filed.addColumn(c -> getTranslation("challenge.subject." + c.getSubject().name())).setHeader(getTranslation("challenge.subject"))
                .setAutoWidth(true);
        filed.addColumn(Challenge::getGrounds).setHeader(getTranslation("field.grounds")).setFlexGrow(2);
        filed.addColumn(c -> getTranslation("challenge.status." + c.getStatus().name())).setHeader(getTranslation("challenge.state"));
        filed.addColumn(c -> c.getAnswer() == null ? "" : c.getAnswer()).setHeader(getTranslation("field.answer")).setFlexGrow(2);
        filed.addComponentColumn(this::complaintButton).setAutoWidth(true);
        filed.setAllRowsVisible(true);
        filed.setId("my-challenges");
        complained.addColumn(c -> project(c.getProjectId()).getCode()).setHeader(getTranslation("project.code")).setAutoWidth(true);
        complained.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("complaint.filed")).setAutoWidth(true);
        complained.addColumn(Complaint::getGrounds).setHeader(getTranslation("complaint.grounds")).setFlexGrow(2);
        complained.addColumn(c -> getTranslation("complaint.status." + c.getStatus().name())).setHeader(getTranslation("challenge.state"));
        complained.addColumn(c -> c.getDecision() == null ? "" : c.getDecision()).setHeader(getTranslation("field.decision")).setFlexGrow(2);
        complained.setAllRowsVisible(true);
        complained.setId("my-complaints");
        bondLines.addColumn(l -> project(l.bond().getProjectId()).getCode()).setHeader(getTranslation("project.code")).setAutoWidth(true);
        bondLines.addColumn(l -> Formats.money(l.bond().getAmount())).setHeader(getTranslation("bond.amount")).setAutoWidth(true);
        bondLines.addColumn(l -> getTranslation("bond.status." + l.bond().getStatus().name())
                        + (l.late() ? " · " + getTranslation("bond.late") : ""))
                .setHeader(getTranslation("bond.status")).setAutoWidth(true);
        bondLines.addColumn(l -> l.bond().getRefundBy() == null ? getTranslation("bond.held-until")
                        : Formats.dateTime(l.bond().getRefundBy()))
                .setHeader(getTranslation("bond.refund-by")).setFlexGrow(2);
        bondLines.addColumn(l -> l.bond().getRefundedOn() == null ? "" : Formats.date(l.bond().getRefundedOn()) + " "
                + l.bond().getRefundReference()).setHeader(getTranslation("bond.refunded")).setAutoWidth(true);
        bondLines.setAllRowsVisible(true);
        bondLines.setId("my-bonds");
        add(bids, new H3(getTranslation("challenge.mine")), filed, new H3(getTranslation("complaint.mine")), complained,
                new H3(getTranslation("bond.mine")), bondLines);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.bids");
    }

    private void refresh() {
        Actor actor = user.actor();
        projectsById.clear();
        bids.setItems(bidding.myBids(actor));
        filed.setItems(challenges.mine(actor));
        complained.setItems(complaints.mine(actor));
        bondLines.setItems(bonds.ofProvider(actor));
    }

    private ProcurementProject project(long id) {
        return projectsById.computeIfAbsent(id, projects::project);
    }

    /**
     * A bidder of the current round challenges the process and its result in the window after the award notice, or,
     * before the notice, the opening within the period from its end.
     */
    private Button challengeButton(BidService.BidView b) {
        ProcurementProject p = project(b.projectId());
        boolean currentRound = b.round() == p.getTenderRound();
        if (currentRound && p.getChallengeWindowEnds() != null && clock.now().isBefore(p.getChallengeWindowEnds())) {
            return smallButton(getTranslation("challenge.file"), () -> openChallenge(p));
        }
        java.util.Optional<java.time.Instant> processUntil = currentRound ? processChallengeableUntil(p) : java.util.Optional.empty();
        Button button = smallButton(getTranslation("challenge.process.file"), () -> processUntil.ifPresent(until ->
                openGrounds(getTranslation("challenge.process.file") + " · " + p.getCode(), getTranslation("field.grounds"),
                        getTranslation("challenge.process.window", Formats.dateTime(until)), getTranslation("challenge.send"),
                        getTranslation("challenge.filed-ok"), grounds -> challenges.fileAgainstProcess(user.actor(), p.getId(), grounds))));
        button.setVisible(processUntil.isPresent());
        return button;
    }

    /** When the opening may be challenged; not offered while that period reaches a year the calendar does not cover yet. */
    private java.util.Optional<java.time.Instant> processChallengeableUntil(ProcurementProject p) {
        try {
            return challenges.processChallengeableUntil(p.getId());
        } catch (PortalException uncoveredYear) {
            return java.util.Optional.empty();
        }
    }

    private static Button smallButton(String label, Runnable click) {
        Button button = new Button(label, e -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** A challenge answered (or left unanswered past its period) may go to the finance department within the complaint period. */
    private Button complaintButton(Challenge c) {
        Button button = new Button(getTranslation("complaint.file"), e -> openComplaint(c));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(c.getStatus() != Challenge.Status.OPEN && !clock.now().isAfter(complaints.complainableUntil(c)));
        return button;
    }

    private void openComplaint(Challenge c) {
        openGrounds(getTranslation("complaint.file") + " · " + project(c.getProjectId()).getCode(),
                getTranslation("complaint.grounds"), getTranslation("complaint.window", Formats.dateTime(complaints.complainableUntil(c))),
                getTranslation("complaint.send"), getTranslation("complaint.filed-ok"),
                grounds -> complaints.file(user.actor(), c.getId(), grounds));
    }

    private void openChallenge(ProcurementProject p) {
        openGrounds(getTranslation("challenge.file") + " · " + p.getCode(), getTranslation("field.grounds"),
                getTranslation("challenge.window", Formats.dateTime(p.getChallengeWindowEnds())),
                getTranslation("challenge.send"), getTranslation("challenge.filed-ok"),
                grounds -> challenges.file(user.actor(), p.getId(), grounds));
    }

    /** A dialog for the grounds of a challenge or complaint; a refusal shows on the text and keeps the dialog open. */
    private void openGrounds(String title, String label, String helper, String sendLabel, String filedMessage,
                             Consumer<String> file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea grounds = new TextArea(label);
        grounds.setWidth("min(600px, 90vw)");
        grounds.setMinHeight("10em");
        grounds.setHelperText(helper);
        Button send = new Button(sendLabel, e -> {
            try {
                file.accept(grounds.getValue());
                Views.success(filedMessage);
                dialog.close();
                refresh();
            } catch (PortalException ex) {
                grounds.setErrorMessage(ex.getMessage(getLocale()));
                grounds.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(grounds);
        dialog.getFooter().add(new Button(getTranslation("task.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
