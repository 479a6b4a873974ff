package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.portal.AnnouncementPanel;
import cn.gov.legalprocurement.portal.Countdown;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.PdfUpload;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A provider's page for one tender: the notice, a live countdown to the bid deadline, and either the
 * bid form or the provider's own sealed bid ("sealed until opening", with its fingerprint). A provider
 * only ever sees their own bid.
 */
@Route(value = "tenders/:code", layout = MainLayout.class)
@RolesAllowed("PROVIDER")
class BidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final TenderService tender;
    private final PublicationService publication;
    private final ProjectSummaries summaries;
    private final DocumentArchive archive;
    private final PortalProperties properties;
    private final PortalClock clock;
    private final CurrentUser user;
    private String title = "";

    BidView(ProjectService projects, TenderService tender, PublicationService publication, ProjectSummaries summaries,
            DocumentArchive archive, PortalProperties properties, PortalClock clock, CurrentUser user) {
        this.projects = projects;
        this.tender = tender;
        this.publication = publication;
        this.summaries = summaries;
        this.archive = archive;
        this.properties = properties;
        this.clock = clock;
        this.user = user;
        setMaxWidth("1100px");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProcurementProject p;
        try {
            p = projects.byCode(event.getRouteParameters().get("code").orElse(""));
        } catch (PortalException e) {
            title = getTranslation("tender.not-available");
            add(new H2(title));
            return;
        }
        if (p.getNoticePublishedAt() == null) {
            title = getTranslation("tender.not-available");
            add(new H2(title));
            return;
        }
        title = p.getCode() + " " + p.getTitle();
        show(user.actor(), p);
    }

    private void show(Actor actor, ProcurementProject p) {
        removeAll();
        H2 heading = new H2(title);
        heading.setId("tender-title");
        add(heading, summaries.facts(p.getId()));
        boolean open = p.getStage() == ProjectStage.TENDERING && p.getBidDeadline() != null && p.getBidDeadline().isAfter(clock.now());
        if (p.getBidDeadline() != null) {
            Countdown countdown = new Countdown(p.getBidDeadline(), getTranslation("tender.closed"));
            countdown.setId("bid-countdown");
            add(new Facts().addComponent("project.bid-deadline", countdown));
        }
        publication.ofProject(p.getId()).stream().filter(a -> a.getKind() == Announcement.Kind.PROCUREMENT_NOTICE)
                .reduce((a, b) -> b).ifPresent(a -> add(new AnnouncementPanel(a, publication, archive)));
        Optional<TenderService.BidView> mine = tender.myBids(actor).stream()
                .filter(b -> b.projectId() == p.getId() && b.round() == p.getTenderRound() && b.status() != Bid.Status.WITHDRAWN)
                .findFirst();
        if (mine.isPresent()) {
            showMine(actor, mine.get());
        } else if (open) {
            bidForm(actor, p);
        } else {
            add(new Paragraph(getTranslation("tender.closed")));
        }
    }

    private void showMine(Actor actor, TenderService.BidView bid) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("sealed");
        box.setId("my-bid");
        box.add(new H3(getTranslation("bid.mine")), new Facts()
                .add("bid.submitted", Formats.dateTime(bid.submittedAt()))
                .add("bid.price", bid.price() == null ? getTranslation("bid.sealed-value") : Formats.money(bid.price()))
                .add("bid.status", getTranslation("bid.status." + bid.status().name()))
                .add("bid.fingerprint", bid.fingerprint()));
        if (bid.status() == Bid.Status.SEALED) {
            box.add(new Paragraph(getTranslation("bid.sealed-hint")));
            box.add(new PdfUpload(getTranslation("bid.proposal-pdf"), properties.uploads().maxBytes(),
                    (name, bytes) -> archive.uploadPdf(actor, "technicalProposal", "Bid", bid.id(), "technical-proposal", name, bytes),
                    stored -> { }));
        }
        add(box);
    }

    private void bidForm(Actor actor, ProcurementProject p) {
        FieldErrors errors = new FieldErrors();
        BigDecimalField price = errors.add("price", new BigDecimalField(getTranslation("field.price")));
        price.setRequiredIndicatorVisible(true);
        price.setHelperText(getTranslation("bid.price-hint", Formats.money(p.getEstimatedAmount())));
        TextArea proposal = errors.add("technicalProposal", new TextArea(getTranslation("field.technicalProposal")));
        proposal.setMaxLength(3000);
        proposal.setWidthFull();
        proposal.setMinHeight("10em");
        proposal.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(price, proposal);
        form.setColspan(proposal, 2);
        Button submit = new Button(getTranslation("bid.submit"), e -> {
            try {
                tender.submitBid(actor, p.getId(), price.getValue(), proposal.getValue());
                Views.success(getTranslation("bid.submitted-ok"));
                show(actor, projects.project(p.getId()));
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
                e.getSource().setEnabled(true);
            }
        });
        submit.setDisableOnClick(true);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-bid");
        add(new H3(getTranslation("bid.form")), new Paragraph(getTranslation("bid.seal-notice")), form, submit);
    }
}
