package cn.gov.legalprocurement.publicpages;

import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What the public reads without logging in: procurement notices, results, contracts and
 * acceptance results, newest first, each with its date and full text.
 */
@Route("")
@PageTitle("公告公示 · 政府购买法律服务平台")
@AnonymousAllowed
class PublicNoticesView extends VerticalLayout {

    static final Map<Announcement.Kind, String> KIND_LABELS = Map.of(
            Announcement.Kind.PROCUREMENT_NOTICE, "采购公告",
            Announcement.Kind.SINGLE_SOURCE_NOTICE, "单一来源公示",
            Announcement.Kind.FAILED_TENDER_NOTICE, "废标公告",
            Announcement.Kind.AWARD_NOTICE, "中标（成交）结果",
            Announcement.Kind.AWARD_CANCELLED_NOTICE, "更正公告",
            Announcement.Kind.CONTRACT, "合同公告",
            Announcement.Kind.ACCEPTANCE_RESULT, "验收结果");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PublicationService publication;
    private final Grid<Announcement> grid = new Grid<>(Announcement.class, false);
    private final H3 title = new H3();
    private final Pre body = new Pre();

    PublicNoticesView(PublicationService publication) {
        this.publication = publication;
        setWidthFull();
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
        Anchor login = new Anchor("login", "登录办理业务");
        Anchor contracts = new Anchor("public/contracts", "合同公开查询");
        HorizontalLayout header = new HorizontalLayout(new H1("公告公示"), new HorizontalLayout(contracts, login));
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);

        ComboBox<Announcement.Kind> kind = new ComboBox<>("公告类型");
        kind.setItems(Announcement.Kind.values());
        kind.setItemLabelGenerator(KIND_LABELS::get);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh(e.getValue()));

        grid.addColumn(a -> a.getPublishedAt().atZone(PortalClock.ZONE).format(DAY)).setHeader("发布时间").setAutoWidth(true);
        grid.addColumn(a -> KIND_LABELS.get(a.getKind())).setHeader("类型").setAutoWidth(true);
        grid.addColumn(Announcement::getTitle).setHeader("标题").setFlexGrow(1);
        grid.addColumn(a -> a.getOpenUntil() == null ? "" : a.getOpenUntil().atZone(PortalClock.ZONE).format(DAY))
                .setHeader("截止 / 公示期至").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("420px");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");

        add(header, new Paragraph("依法公开政府购买法律服务的采购公告、结果公告、合同及验收结果。"), kind, grid, title, body);
        refresh(null);
    }

    private void refresh(Announcement.Kind kind) {
        grid.setItems(kind == null ? publication.latest() : publication.latest(kind));
        show(null);
    }

    private void show(Announcement a) {
        title.setText(a == null ? "" : a.getTitle());
        body.setText(a == null ? "" : a.getBody());
    }
}
