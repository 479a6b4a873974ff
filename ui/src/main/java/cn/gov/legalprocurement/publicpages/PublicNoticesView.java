package cn.gov.legalprocurement.publicpages;

import cn.gov.legalprocurement.portal.AnnouncementPanel;
import cn.gov.legalprocurement.portal.PublicHeader;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * What the public reads without logging in: procurement notices, results, contracts and acceptance
 * results, newest first, each with its date; a card opens the whole text and its document. Cards wrap,
 * so the page reads on a phone as on a desktop.
 */
@Route("")
@Menu(order = 13, icon = "vaadin:megaphone", title = "menu.public")
@AnonymousAllowed
class PublicNoticesView extends VerticalLayout implements HasDynamicTitle {

    private final PublicationService publication;
    private final Div cards = new Div();

    PublicNoticesView(PublicationService publication) {
        this.publication = publication;
        addClassName("public-page");
        ComboBox<Announcement.Kind> kind = new ComboBox<>(getTranslation("public.kind"));
        kind.setId("notice-kind");
        kind.setItems(Announcement.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("announcement-kind." + k));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh(e.getValue()));
        cards.addClassName("notice-cards");
        cards.setId("notices");
        add(new PublicHeader(), new H1(getTranslation("public.title")), new Paragraph(getTranslation("public.intro")),
                kind, cards);
        refresh(null);
    }

    private void refresh(Announcement.Kind kind) {
        List<Announcement> shown = kind == null ? publication.latest() : publication.latest(kind);
        cards.removeAll();
        shown.forEach(a -> cards.add(card(a)));
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("public.none")));
        }
    }

    private Div card(Announcement a) {
        RouterLink title = new RouterLink(a.getTitle(), PublicNoticeView.class,
                new RouteParameters("id", String.valueOf(a.getId())));
        title.addClassName("notice-title");
        Div card = new Div(title, AnnouncementPanel.meta(a));
        card.addClassName("notice-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title") + " · " + getTranslation("app.name");
    }
}
