package cn.gov.legalprocurement.tender;

/** What the purchaser decides after a failed tender (政府采购法第36条、87号令第45条). */
public enum FailedTenderDecision {
    /** Tender again with new documents. */
    RETENDER,
    /** Propose another method (negotiation, consultation, single source) to FINANCE, with the reason. */
    SWITCH_METHOD
}
