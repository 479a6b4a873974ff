package cn.gov.legalprocurement.project;

import cn.gov.legalprocurement.rules.Rule;

/** The procurement methods open to services (询价 is for goods only). */
public enum ProcurementMethod {
    OPEN_TENDER(true, Rule.BID_PERIOD_DAYS_OPEN_TENDER),
    INVITED_TENDER(true, Rule.BID_PERIOD_DAYS_INVITED_TENDER),
    COMPETITIVE_NEGOTIATION(false, Rule.BID_PERIOD_WORKING_DAYS_COMPETITIVE_NEGOTIATION),
    COMPETITIVE_CONSULTATION(false, Rule.BID_PERIOD_DAYS_COMPETITIVE_CONSULTATION),
    SINGLE_SOURCE(false, null),
    FRAMEWORK_AGREEMENT(false, Rule.BID_PERIOD_DAYS_FRAMEWORK_AGREEMENT);

    private final boolean tender;
    private final Rule responsePeriod;

    ProcurementMethod(boolean tender, Rule responsePeriod) {
        this.tender = tender;
        this.responsePeriod = responsePeriod;
    }

    /** Tender methods (公开招标, 邀请招标) as opposed to non-tender methods. */
    public boolean isTender() {
        return tender;
    }

    /** The minimum period from notice to bid deadline, in days or working days; null for single source. */
    public Rule responsePeriod() {
        return responsePeriod;
    }
}
