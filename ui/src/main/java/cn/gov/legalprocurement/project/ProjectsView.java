package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.CurrentUser;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import cn.gov.legalprocurement.portal.Views;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Every project the user may read (their unit's; all for supervisors, finance and justice), with filters. */
@Route(value = "projects", layout = MainLayout.class)
@Menu(order = 4, icon = "vaadin:folder-open", title = "menu.projects")
@RolesAllowed({"PURCHASER", "PURCHASER_HEAD", "FINANCE", "JUSTICE", "SUPERVISOR", "ADMIN"})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final List<ProcurementProject> all;
    private final Grid<ProcurementProject> grid = new Grid<>(ProcurementProject.class, false);
    private final TextField text = new TextField();
    private final ComboBox<ProjectStage> stage = new ComboBox<>();

    ProjectsView(ProjectService projects, CurrentUser user, OrganisationService organisations) {
        all = projects.visibleTo(user.actor());
        grid.addComponentColumn(p -> Views.link(p.getCode(), "projects/" + p.getCode())).setHeader(getTranslation("project.code"))
                .setAutoWidth(true).setComparator(ProcurementProject::getCode);
        grid.addColumn(ProcurementProject::getTitle).setHeader(getTranslation("project.title")).setFlexGrow(3).setSortable(true);
        grid.addColumn(p -> organisations.nameOf(p.getPurchaserId())).setHeader(getTranslation("project.purchaser")).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.getEstimatedAmount())).setHeader(getTranslation("project.amount")).setAutoWidth(true)
                .setComparator(ProcurementProject::getEstimatedAmount);
        grid.addColumn(p -> p.getMethod() == null ? "" : getTranslation("method." + p.getMethod().name()))
                .setHeader(getTranslation("project.method")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("stage." + p.getStage().name())).setHeader(getTranslation("project.stage"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> Formats.dateTime(p.getCreatedAt())).setHeader(getTranslation("project.created")).setAutoWidth(true)
                .setComparator(ProcurementProject::getCreatedAt);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("projects-grid");
        text.setPlaceholder(getTranslation("projects.filter"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        stage.setPlaceholder(getTranslation("project.stage"));
        stage.setItems(ProjectStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> refresh());
        setSizeFull();
        add(new HorizontalLayout(text, stage), grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.projects");
    }

    private void refresh() {
        String t = text.getValue() == null ? "" : text.getValue().strip();
        grid.setItems(all.stream().filter(p -> stage.getValue() == null || p.getStage() == stage.getValue())
                .filter(p -> t.isEmpty() || (p.getCode() + " " + p.getTitle()).contains(t)).toList());
    }
}
