package cn.gov.legalprocurement.training;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.performance.PerformanceService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.TaskNames;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.WorkTask;
import cn.gov.legalprocurement.workflow.WorkTaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The training clock for the administrator: the portal's time, and the moves that carry a procurement
 * on — to a project's bid deadline, to the end of its decryption window or of its challenge window, to
 * its contract's next performance period, or by days. Every timer that falls due then fires, in order.
 */
@Route(value = "training", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class TrainingView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingClock training;
    private final ProjectService projects;
    private final ContractService contracts;
    private final PerformanceService performance;
    private final PortalClock clock;
    private final Actor actor;
    private final Paragraph now = new Paragraph();
    private final ComboBox<ProcurementProject> project = new ComboBox<>();
    private final HorizontalLayout targets = new HorizontalLayout();
    private final UnorderedList waiting = new UnorderedList();
    private final WorkTaskService tasks;
    private final UserDirectory users;

    TrainingView(TrainingClock training, ProjectService projects, ContractService contracts, PerformanceService performance,
                 PortalClock clock, CurrentUser user, WorkTaskService tasks, UserDirectory users) {
        this.training = training;
        this.tasks = tasks;
        this.users = users;
        this.projects = projects;
        this.contracts = contracts;
        this.performance = performance;
        this.clock = clock;
        this.actor = user.actor();
        now.setId("training-now");
        add(new H2(getTranslation("training.title")), new Paragraph(getTranslation(training.isEnabled()
                ? "training.intro" : "training.off")), now);
        if (!training.isEnabled()) {
            showNow();
            return;
        }
        IntegerField days = new IntegerField(getTranslation("training.days"));
        days.setId("training-days");
        days.setMin(1);
        days.setValue(1);
        days.setStepButtonsVisible(true);
        Button byDays = new Button(getTranslation("training.advance"), e -> move(() -> training.advance(actor,
                Duration.ofDays(days.getValue() == null ? 0 : days.getValue()))));
        byDays.setId("training-advance");
        byDays.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout step = new HorizontalLayout(days, byDays);
        step.setAlignItems(FlexComponent.Alignment.BASELINE);

        project.setLabel(getTranslation("training.project"));
        project.setId("training-project");
        project.setItems(projects.visibleTo(actor));
        project.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        project.setWidth("min(40em, 100%)");
        project.addValueChangeListener(e -> showTargets());
        targets.getStyle().set("flex-wrap", "wrap");
        waiting.setId("training-waiting");
        // the timers a move makes due fire on the job executor a moment later: the list is read again on demand
        Button refresh = new Button(getTranslation("training.refresh"), e -> showTargets());
        refresh.setId("training-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(step, project, targets, waiting, refresh);
        showNow();
    }

    private void showNow() {
        Duration offset = training.offset();
        now.setText(getTranslation("training.now", Formats.dateTime(clock.now()), offset.toDays(), offset.toHoursPart()));
    }

    /** The moves the chosen project offers: each to a deadline still ahead. */
    private void showTargets() {
        targets.removeAll();
        ProcurementProject p = project.getValue();
        if (p == null) {
            return;
        }
        ProcurementProject current = projects.project(p.getId());
        Instant at = clock.now();
        target("training.to-bid-deadline", current.getBidDeadline(), at, "training-to-bid-deadline");
        target("training.to-decryption-end", current.getDecryptionWindowEnds(), at, "training-to-decryption-end");
        target("training.to-challenge-end", current.getChallengeWindowEnds(), at, "training-to-challenge-end");
        nextPeriod(current.getId(), at).ifPresent(due -> target("training.to-next-period", due, at, "training-to-next-period"));
        if (targets.getComponentCount() == 0) {
            targets.add(new Paragraph(getTranslation("training.no-target")));
        }
        showWaiting(current);
    }

    /** Who has the project's open steps: the trainee logs in as that user next. */
    private void showWaiting(ProcurementProject p) {
        waiting.removeAll();
        for (WorkTask t : tasks.openTasksOfProject(p.getCode())) {
            waiting.add(new ListItem(t.assignee() == null
                    ? getTranslation("training.waiting-group", TaskNames.of(this, t))
                    : getTranslation("training.waiting-user", TaskNames.of(this, t), users.displayName(t.assignee()), t.assignee())));
        }
        if (waiting.getChildren().findAny().isEmpty()) {
            waiting.add(new ListItem(getTranslation("training.waiting-none")));
        }
    }

    private void target(String key, Instant due, Instant at, String id) {
        if (due != null && due.isAfter(at)) {
            Button b = new Button(getTranslation(key, Formats.dateTime(due)), e -> move(() -> training.advanceTo(actor, due)));
            b.setId(id);
            targets.add(b);
        }
    }

    /** When the report of the contract's next performance period falls due, if it has one ahead. */
    private Optional<Instant> nextPeriod(long projectId, Instant at) {
        Contract contract;
        try {
            contract = contracts.ofProject(projectId);
        } catch (PortalException none) {
            return Optional.empty();
        }
        if (contract.getTermStart() == null || contract.getTermEnd() == null) {
            return Optional.empty();
        }
        int count = performance.period(contract.getId(), 1).count();
        for (int n = 1; n <= count; n++) {
            Instant due = performance.period(contract.getId(), n).reportDueFrom();
            if (due.isAfter(at)) {
                return Optional.of(due);
            }
        }
        return Optional.empty();
    }

    private void move(Supplier<Instant> move) {
        try {
            Instant to = move.get();
            Views.success(getTranslation("training.moved", Formats.dateTime(to)));
            showNow();
            showTargets();
        } catch (PortalException e) {
            Views.error(e.getMessage(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title");
    }
}
