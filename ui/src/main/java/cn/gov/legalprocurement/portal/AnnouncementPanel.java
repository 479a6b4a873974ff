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
        Paragraph body = new Paragraph(a.getBody());
        body.addClassName("announcement-body");
        add(new H2(a.getTitle()), meta(a), body);
        publication.document(a).ifPresent(d -> {
            Div document = new Div(new Span(getTranslation("public.document") + " "), DocumentList.download(archive, d),
                    new Span(" · " + getTranslation("public.pages", d.getPages()) + " · SHA-256 " + d.getSha256()));
            document.addClassName("announcement-document");
            document.setId("announcement-document");
            add(document);
        });
    }

    /** Kind (a badge), publication date and the end of the announcement's period, in the reader's language. */
    public static Div meta(Announcement a) {
        Div meta = new Div();
        Span kind = new Span(meta.getTranslation("announcement-kind." + a.getKind()));
        kind.getElement().getThemeList().add("badge");
        meta.add(kind, new Span(meta.getTranslation("public.published") + " " + Formats.dateTime(a.getPublishedAt())));
        if (a.getOpenUntil() != null) {
            meta.add(new Span(meta.getTranslation("public.open-until") + " " + Formats.dateTime(a.getOpenUntil())));
        }
        meta.addClassName("announcement-meta");
        return meta;
    }
}
