package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For supervisors and administrators: verifies the whole audit chain on request and shows the first
 * broken link, the chain's head and the latest signed checkpoint with the portal's public key.
 */
@Route(value = "audit", layout = MainLayout.class)
@Menu(order = 12.5, icon = "vaadin:lock", title = "menu.audit")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class AuditChainView extends VerticalLayout implements HasDynamicTitle {

    private final AuditChain chain;
    private final Div result = new Div();

    AuditChainView(AuditChain chain) {
        this.chain = chain;
        setMaxWidth("1100px");
        result.setId("audit-verification");
        Button verify = new Button(getTranslation("audit-chain.verify"), e -> show(chain.verify()));
        verify.setId("verify-audit-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("audit-chain.intro")), verify, result,
                new H3(getTranslation("audit-chain.checkpoint")), CheckpointFacts.of(chain));
    }

    private void show(AuditChain.Verification v) {
        result.removeAll();
        Paragraph verdict = new Paragraph(v.intact()
                ? getTranslation("audit-chain.intact", v.events(), v.checkpoints())
                : getTranslation("audit-chain.broken", v.brokenPosition(), v.brokenEventId() == null ? "—" : "#" + v.brokenEventId(),
                        v.problem()));
        verdict.getStyle().set("color", v.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "600");
        result.add(verdict, new Facts().add("audit-chain.head-seq", v.head().seq()).add("audit-chain.head-hash", v.head().hash())
                .add("audit-chain.verified-at", Formats.dateTime(java.time.Instant.now())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-chain.title");
    }
}
