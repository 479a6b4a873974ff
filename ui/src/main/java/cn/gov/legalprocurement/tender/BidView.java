package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.inquiry.InquiryPanel;
import cn.gov.legalprocurement.challenge.ChallengeService;
import cn.gov.legalprocurement.evaluation.NegotiationService;
import cn.gov.legalprocurement.inquiry.InquiryService;
import cn.gov.legalprocurement.portal.AnnouncementPanel;
import cn.gov.legalprocurement.portal.Countdown;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.portal.UploadTexts;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.project.ProjectStage;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A provider's page for one tender: the notice, a live countdown to the bid deadline, the provider's own
 * bid (sealed, with its commitment; to decrypt at the opening; its result) and, until the deadline, the
 * form that seals a bid in the browser (a new one replaces the sealed one). A provider only ever sees
 * their own bid.
 */
@Route(value = "tenders/:code", layout = MainLayout.class)
@RolesAllowed("PROVIDER")
class BidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final BidService bidding;
    private final PublicationService publication;
    private final ProjectSummaries summaries;
    private final DocumentArchive archive;
    private final PortalProperties properties;
    private final PortalClock clock;
    private final CurrentUser user;
    private final InquiryService inquiries;
    private final RulesService rules;
    private final NegotiationService negotiation;
    private final ChallengeService challenges;
    private String title = "";

    BidView(ProjectService projects, BidService bidding, PublicationService publication, ProjectSummaries summaries,
            DocumentArchive archive, PortalProperties properties, PortalClock clock, CurrentUser user, InquiryService inquiries,
            RulesService rules, NegotiationService negotiation, ChallengeService challenges) {
        this.projects = projects;
        this.bidding = bidding;
        this.publication = publication;
        this.summaries = summaries;
        this.archive = archive;
        this.properties = properties;
        this.clock = clock;
        this.user = user;
        this.inquiries = inquiries;
        this.rules = rules;
        this.negotiation = negotiation;
        this.challenges = challenges;
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
        if (p.getNoticePublishedAt() == null || !bidding.mayTakePart(user.actor(), p.getId())) {
            // an invited tender is shown to its invitees only: to others it is as if it did not exist
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
        Instant now = clock.now();
        boolean open = p.getStage() == ProjectStage.TENDERING && p.getBidDeadline() != null && p.getBidDeadline().isAfter(now);
        boolean decrypting = p.isDecrypting(now);
        if (p.getBidDeadline() != null) {
            Countdown countdown = new Countdown(p.getBidDeadline(), getTranslation("tender.closed"));
            countdown.setId("bid-countdown");
            Facts facts = new Facts().addComponent("project.bid-deadline", countdown);
            if (p.getDecryptionWindowEnds() != null) {
                facts.add("bid.decryption-window", getTranslation("bid.decryption-window-value",
                        Formats.dateTime(p.getBidDeadline()), Formats.dateTime(p.getDecryptionWindowEnds())));
            }
            add(facts);
        }
        if (p.isFinalQuotationRound()) {
            Paragraph finalRound = new Paragraph(getTranslation("bid.final-quotation-round"));
            finalRound.setId("final-quotation-round");
            add(finalRound);
        }
        List<NegotiationService.DocumentsChange> changes = negotiation.changesFor(actor, p.getId());
        if (!changes.isEmpty()) {
            add(new H3(getTranslation("bid.documents-changes")));
            for (NegotiationService.DocumentsChange change : changes) {
                Paragraph text = new Paragraph(getTranslation("bid.documents-change", change.roundNo(),
                        Formats.dateTime(change.at()), change.text()));
                text.addClassName("documents-change");
                text.getStyle().set("white-space", "pre-wrap");
                add(text);
            }
        }
        // the latest procurement notice, then every clarification or amendment of the documents, oldest first
        List<Announcement> notices = publication.ofProject(p.getId());
        notices.stream().filter(a -> a.getKind() == Announcement.Kind.PROCUREMENT_NOTICE)
                .reduce((a, b) -> b).ifPresent(a -> add(new AnnouncementPanel(a, publication, archive)));
        notices.stream().filter(a -> a.getKind() == Announcement.Kind.CLARIFICATION_NOTICE)
                .forEach(a -> add(new AnnouncementPanel(a, publication, archive)));
        VerticalLayout mine = new VerticalLayout();
        mine.setPadding(false);
        add(mine);
        showMine(actor, p, mine, open, decrypting);
        if (open && bidding.mayBid(actor, p.getId())) {
            bidForm(actor, p, mine);
        } else if (open) {
            Paragraph out = new Paragraph(getTranslation("bid.not-in-final-round"));
            out.setId("not-in-final-round");
            add(out);
        } else if (decrypting && mine.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("bid.opening-in-progress", Formats.dateTime(p.getDecryptionWindowEnds()))));
        } else if (!decrypting) {
            add(new Paragraph(getTranslation("tender.closed")));
        }
        add(new InquiryPanel(inquiries, actor, p,
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.INQUIRY_ANSWER_WORKING_DAYS)));
        challenges.documentsChallengeableUntil(p.getId()).filter(now::isBefore).ifPresent(until -> add(documentsChallenge(actor, p, until)));
    }

    /** A challenge of the documents, while they may be challenged; its answer is shown with the provider's bids. */
    private VerticalLayout documentsChallenge(Actor actor, ProcurementProject p, Instant until) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("challenge.documents.title")), new Paragraph(getTranslation(
                "challenge.documents.hint", Formats.dateTime(until),
                rules.forJurisdiction(p.getJurisdictionCode()).workingDays(Rule.CHALLENGE_ANSWER_WORKING_DAYS))));
        box.setPadding(false);
        box.setId("documents-challenge");
        TextArea grounds = new TextArea(getTranslation("field.grounds"));
        grounds.setId("documents-challenge-grounds");
        grounds.setWidthFull();
        grounds.setMaxLength(4000);
        Button file = new Button(getTranslation("challenge.documents.file"), e -> {
            try {
                challenges.fileAgainstDocuments(actor, p.getId(), grounds.getValue());
                grounds.clear();
                grounds.setInvalid(false);
                Views.success(getTranslation("challenge.documents.filed"));
            } catch (PortalException ex) {
                grounds.setErrorMessage(ex.getMessage(getLocale()));
                grounds.setInvalid(true);
            }
        });
        file.setId("documents-challenge-file");
        box.add(grounds, file);
        return box;
    }

    /** The provider's own bid of this round: sealed (withdraw until the deadline), to decrypt, or its result. */
    private void showMine(Actor actor, ProcurementProject p, VerticalLayout into, boolean open, boolean decrypting) {
        into.removeAll();
        Optional<BidService.BidView> found = bidding.myBids(actor).stream()
                .filter(b -> b.projectId() == p.getId() && b.round() == p.getTenderRound())
                .filter(b -> b.status() != Bid.Status.WITHDRAWN || b.reason() != null && !open)
                .findFirst();
        if (found.isEmpty()) {
            return;
        }
        BidService.BidView bid = found.get();
        VerticalLayout box = new VerticalLayout();
        box.addClassName("sealed");
        box.setId("my-bid");
        Facts facts = new Facts()
                .add("bid.submitted", Formats.dateTime(bid.submittedAt()))
                .add("bid.price", bid.price() == null ? getTranslation("bid.sealed-value") : Formats.money(bid.price()))
                .add("bid.status", getTranslation("bid.status." + bid.status().name()))
                .add("bid.fingerprint", bid.commitment());
        if (bid.reason() != null && bid.status() != Bid.Status.SEALED) {
            facts.add("bid.reason", bid.reason());
        }
        box.add(new H3(getTranslation("bid.mine")), facts);
        // once decrypted, the bid's attachments are archived under it: the bidder sees them, also after a reload
        List<StoredDocument> attachments = bid.status() == Bid.Status.SEALED ? List.of() : archive.of(Bid.class, bid.id());
        if (!attachments.isEmpty()) {
            box.add(new DocumentList(archive, attachments));
        }
        if (bid.status() == Bid.Status.SEALED && open) {
            box.add(new Paragraph(getTranslation("bid.sealed-hint")));
            Button withdraw = new Button(getTranslation("bid.withdraw"), e -> {
                try {
                    bidding.withdrawBid(actor, bid.id());
                    Views.success(getTranslation("bid.withdrawn-ok"));
                    show(actor, projects.project(p.getId()));
                } catch (PortalException ex) {
                    Views.error(ex.getMessage(getLocale()));
                }
            });
            withdraw.setId("withdraw-bid");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            box.add(withdraw);
        } else if (bid.status() == Bid.Status.SEALED && decrypting) {
            box.add(decryptForm(actor, p));
        }
        into.add(box);
    }

    /** At the opening: the bidder gives the key saved when sealing (pasted or as the key file). */
    private VerticalLayout decryptForm(Actor actor, ProcurementProject p) {
        FieldErrors errors = new FieldErrors();
        PasswordField key = errors.add("key", new PasswordField(getTranslation("field.key")));
        key.setId("field-key");
        key.setWidthFull();
        key.setHelperText(getTranslation("bid.key-hint"));
        Upload keyFile = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() ->
                key.setValue(new String(data, 0, Math.min(data.length, 4096), java.nio.charset.StandardCharsets.UTF_8).strip())))));
        keyFile.setAcceptedFileTypes("text/plain", ".txt");
        keyFile.setMaxFileSize(4096);
        keyFile.setMaxFiles(1);
        keyFile.setDropLabel(new Span(getTranslation("bid.key-file")));
        UploadI18N i18n = UploadTexts.of(this, getTranslation("bid.key-file"), getTranslation("bid.key-file"));
        keyFile.setI18n(i18n);
        Button decrypt = new Button(getTranslation("bid.decrypt"), e -> {
            try {
                bidding.decryptBid(actor, p.getId(), key.getValue());
                Views.success(getTranslation("bid.decrypted-ok"));
                show(actor, projects.project(p.getId()));
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
                e.getSource().setEnabled(true);
            }
        });
        decrypt.setDisableOnClick(true);
        decrypt.setId("decrypt-bid");
        decrypt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("bid.decrypt-hint",
                Formats.dateTime(p.getDecryptionWindowEnds()))), key, keyFile, decrypt);
        form.setPadding(false);
        form.setId("decrypt-form");
        return form;
    }

    /** Sealing in the browser: a new bid, or one that replaces the sealed bid shown above. */
    private void bidForm(Actor actor, ProcurementProject p, VerticalLayout mine) {
        SealedBidForm form = new SealedBidForm(p.getCode(), p.getEstimatedAmount(), properties.uploads().maxBytes(), sealed -> {
            try {
                bidding.submitBid(actor, p.getId(), sealed);
                Views.success(getTranslation("bid.submitted-ok"));
                showMine(actor, projects.project(p.getId()), mine, true, false);
                return null;
            } catch (PortalException ex) {
                return ex.getMessage(getLocale());
            }
        });
        add(new H3(getTranslation("bid.form")), new Paragraph(getTranslation("bid.seal-notice")), form);
    }
}
