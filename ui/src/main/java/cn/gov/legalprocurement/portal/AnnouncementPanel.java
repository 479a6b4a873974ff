package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One announcement in full: kind, publication date, the end of its period, its text and the PDF it made
 * public, downloadable with its fingerprint. Announcements are public, so anyone may see this.
 */
public class AnnouncementPanel extends Div {

    public AnnouncementPanel(Announcement a, PublicationService publication, DocumentArchive archive) {
        addClassName("announcement");
        Div meta = new Div(kindBadge(a.getKind(), getTranslation("announcement-kind." + a.getKind())), new Span(getTranslation("public.published") + " " + Formats.dateTime(a.getPublishedAt())));
        if (a.getOpenUntil() != null) {
            meta.add(new Span(getTranslation("public.open-until") + " " + Formats.dateTime(a.getOpenUntil())));
        }
        meta.addClassName("announcement-meta");
        Paragraph body = new Paragraph(a.getBody());
        body.addClassName("announcement-body");
        add(new H2(a.getTitle()), meta, body);
        publication.document(a).ifPresent(d -> {
            Div document = new Div(new Span(getTranslation("public.document") + " "), DocumentList.download(archive, d),
                    new Span(" · " + getTranslation("public.pages", d.getPages()) + " · SHA-256 " + d.getSha256()));
            document.addClassName("announcement-document");
            document.setId("announcement-document");
            add(document);
        });
    }

    /** The kind of an announcement as a badge, in the reader's language. */
    public static Span kindBadge(Announcement.Kind kind, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("kind-" + kind.name().toLowerCase().replace('_', '-'));
        return badge;
    }
}
