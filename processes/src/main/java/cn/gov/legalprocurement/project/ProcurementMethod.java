package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.rules.Rule;

/** The procurement methods open to services (询价 is for goods only). */
public enum ProcurementMethod {
    OPEN_TENDER("公开招标", true, Rule.BID_PERIOD_DAYS_OPEN_TENDER),
    INVITED_TENDER("邀请招标", true, Rule.BID_PERIOD_DAYS_INVITED_TENDER),
    COMPETITIVE_NEGOTIATION("竞争性谈判", false, Rule.BID_PERIOD_WORKING_DAYS_COMPETITIVE_NEGOTIATION),
    COMPETITIVE_CONSULTATION("竞争性磋商", false, Rule.BID_PERIOD_DAYS_COMPETITIVE_CONSULTATION),
    SINGLE_SOURCE("单一来源", false, null),
    FRAMEWORK_AGREEMENT("框架协议", false, Rule.BID_PERIOD_DAYS_FRAMEWORK_AGREEMENT),
    /** Below the decentralised-procurement floor: outside the formal methods, the unit buys under its own rules. */
    DECENTRALISED_PURCHASE("限额以下自行采购", false, null),
    /** Stage two of a framework agreement (110号令): the call-off goes to a shortlisted supplier by the agreement's rule. */
    FRAMEWORK_CALL_OFF("框架协议合同授予", false, null);

    private final String label;
    private final boolean tender;
    private final Rule responsePeriod;

    ProcurementMethod(String label, boolean tender, Rule responsePeriod) {
        this.label = label;
        this.tender = tender;
        this.responsePeriod = responsePeriod;
    }

    /** The method's name in the law (公开招标 ...), as documents print it. */
    public String label() {
        return label;
    }

    /** Tender methods (公开招标, 邀请招标) as opposed to non-tender methods. */
    public boolean isTender() {
        return tender;
    }

    /**
     * Whether a project may be reserved for SMEs (财库〔2020〕46号): the competitive methods; not single source, a
     * framework agreement (exempt) or its call-offs, nor a purchase below the floor (the unit's own rules).
     */
    public boolean reservableForSmes() {
        return this == OPEN_TENDER || this == INVITED_TENDER || this == COMPETITIVE_NEGOTIATION || this == COMPETITIVE_CONSULTATION;
    }

    /** Methods whose panel negotiates (consults) in rounds before the final quotations (74号令 30–35, 214号 18–24). */
    public boolean negotiates() {
        return this == COMPETITIVE_NEGOTIATION || this == COMPETITIVE_CONSULTATION;
    }

    /** A non-tender method a failed tender may switch to, with FINANCE's approval (政府采购法 art. 37). */
    public boolean isSwitchTarget() {
        return negotiates() || this == SINGLE_SOURCE;
    }

    /**
     * Methods in which suppliers respond by a deadline, whose documents may ask a bid bond (实施条例 33; 74号令 14;
     * 财库〔2014〕214号 12); single source, purchases below the floor and call-offs have none.
     */
    public boolean hasBidBond() {
        return responsePeriod != null;
    }

    /** Methods whose responses a committee (or panel) evaluates: those with a response period, as {@link #hasBidBond}. */
    public boolean evaluatedByCommittee() {
        return responsePeriod != null;
    }

    /**
     * Methods whose documents are on sale for at least {@code tender-documents-available-working-days}
     * (tenders: 87号令 art. 18; consultation: 财库〔2014〕214号 art. 10).
     */
    public boolean documentsOnSale() {
        return this == OPEN_TENDER || this == INVITED_TENDER || this == COMPETITIVE_CONSULTATION;
    }

    /**
     * How long before the deadline a clarification that may affect the bids must reach the suppliers, else the
     * deadline moves (实施条例 31; 财库〔2014〕214号 art. 10; 74号令 art. 29); null where nobody bids.
     */
    public Rule clarificationPeriod() {
        return switch (this) {
            case COMPETITIVE_CONSULTATION -> Rule.CLARIFICATION_DAYS_BEFORE_DEADLINE_CONSULTATION;
            case COMPETITIVE_NEGOTIATION -> Rule.CLARIFICATION_WORKING_DAYS_BEFORE_DEADLINE_NEGOTIATION;
            case OPEN_TENDER, INVITED_TENDER, FRAMEWORK_AGREEMENT -> Rule.CLARIFICATION_DAYS_BEFORE_DEADLINE_TENDER;
            case SINGLE_SOURCE, DECENTRALISED_PURCHASE, FRAMEWORK_CALL_OFF -> null;
        };
    }

    /** The minimum period from notice to bid deadline, in days or working days; null for single source, purchases below the floor and call-offs. */
    public Rule responsePeriod() {
        return responsePeriod;
    }
}
