package cn.gov.legalprocurement.payment;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import org.springframework.stereotype.Component;

/** A payment's figures: gross, the shortfall deduction, net, due date and late interest. */
@Component
class PaymentFacts {

    private final PaymentService payments;
    private final ContractService contracts;
    private final OrganisationService organisations;

    PaymentFacts(PaymentService payments, ContractService contracts, OrganisationService organisations) {
        this.payments = payments;
        this.contracts = contracts;
        this.organisations = organisations;
    }

    Facts of(long paymentId) {
        Payment p = payments.payment(paymentId);
        Contract c = contracts.contract(p.getContractId());
        return new Facts().add("contract.code", c.getCode()).add("contract.title", c.getTitle())
                .add("contract.provider", organisations.nameOf(c.getProviderId()))
                .add("contract.amount", Formats.money(c.getAmount()))
                .add("payment.paid-so-far", Formats.money(payments.paidSoFar(c.getId())))
                .add("payment.gross", Formats.money(p.getGrossAmount()))
                .add("payment.deduction", Formats.money(p.getDeduction()))
                .add("payment.net", Formats.money(p.getNetAmount()))
                .add("payment.late-interest", Formats.money(p.getLateInterest()))
                .add("payment.due", Formats.date(p.getDueDate()));
    }
}
