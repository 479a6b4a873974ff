package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.stereotype.Component;

/** A contract's parties, amount and its eight mandatory parts, as the signing and review forms show them. */
@Component
class ContractFacts {

    private final OrganisationService organisations;
    private final ContractService contracts;

    ContractFacts(OrganisationService organisations, ContractService contracts) {
        this.organisations = organisations;
        this.contracts = contracts;
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
