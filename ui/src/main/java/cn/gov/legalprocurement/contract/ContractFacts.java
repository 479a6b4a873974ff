package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.shared.PortalClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.stereotype.Component;

/** A contract's parties, amount, filing with finance and its eight mandatory parts, as the signing and review forms show them. */
@Component
class ContractFacts {

    private final OrganisationService organisations;
    private final ContractService contracts;
    private final PortalClock clock;

    ContractFacts(OrganisationService organisations, ContractService contracts, PortalClock clock) {
        this.organisations = organisations;
        this.contracts = contracts;
        this.clock = clock;
    }

    Div of(Contract c) {
        Facts facts = new Facts();
        facts.add("contract.code", c.getCode()).add("contract.title", c.getTitle())
                .add("contract.purchaser", organisations.nameOf(c.getPurchaserId()))
                .add("contract.provider", organisations.nameOf(c.getProviderId()))
                .add("contract.amount", Formats.money(c.getAmount()))
                .add("contract.term", Formats.date(c.getTermStart()) + " — " + Formats.date(c.getTermEnd()))
                .add("field.performanceBond", Formats.money(c.getPerformanceBond()))
                .add("field.paymentDays", c.getPaymentDays())
                .add("contract.status", facts.getTranslation("contract.status." + c.getStatus().name()));
        if (c.getFilingDue() != null) {
            String filing = c.getFiledAt() != null ? facts.getTranslation("contract.filed", Formats.dateTime(c.getFiledAt()))
                    : facts.getTranslation("contract.filing-open", Formats.dateTime(c.getFilingDue()));
            facts.add("contract.filing", c.isFilingLate(clock.now())
                    ? filing + " · " + facts.getTranslation("contract.filing-late") : filing);
        }
        Div parts = new Div(facts);
        c.parts().forEach((part, text) -> {
            H4 heading = new H4(facts.getTranslation("field." + part));
            Paragraph body = new Paragraph(text == null ? "—" : text);
            body.getStyle().set("white-space", "pre-wrap");
            parts.add(heading, body);
        });
        var instalments = contracts.instalments(c.getId());
        if (!instalments.isEmpty()) {
            parts.add(new H4(facts.getTranslation("field.instalments")));
            instalments.forEach(i -> parts.add(new Paragraph("%d. %d%% %s".formatted(i.getSeq(), i.getPercentage(), i.getDescription()))));
        }
        return parts;
    }
}
