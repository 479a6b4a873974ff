package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.portal.PublicHeader;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The published head of the audit chain: the latest checkpoint, signed with the portal's Ed25519 key, and
 * the public key, so that anyone can keep it and later check that the record was not rewritten.
 */
@Route("public/audit")
@AnonymousAllowed
class PublicAuditView extends VerticalLayout implements HasDynamicTitle {

    PublicAuditView(AuditChain chain) {
        addClassName("public-page");
        add(new PublicHeader(), new H2(getPageTitle()), new Paragraph(getTranslation("audit-chain.public-intro")),
                CheckpointFacts.of(chain));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-chain.public-title");
    }
}
