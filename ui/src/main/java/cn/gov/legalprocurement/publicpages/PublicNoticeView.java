package cn.gov.legalprocurement.publicpages;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.portal.AnnouncementPanel;
import cn.gov.legalprocurement.portal.PublicHeader;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** One public announcement with its full text and document, at an address anyone can share. */
@Route("notices/:id")
@AnonymousAllowed
class PublicNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicationService publication;
    private final DocumentArchive archive;
    private String title = "";

    PublicNoticeView(PublicationService publication, DocumentArchive archive) {
        this.publication = publication;
        this.archive = archive;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a malformed id is a notice that does not exist, not an error
        Optional<Announcement> found = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::valueOf).flatMap(publication::announcement);
        removeAll();
        add(new PublicHeader(), Views.link(getTranslation("public.back"), ""));
        found.ifPresentOrElse(a -> {
            title = a.getTitle();
            add(new AnnouncementPanel(a, publication, archive));
        }, () -> {
            title = getTranslation("public.not-found");
            add(new Paragraph(title));
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
