package cn.gov.legalprocurement.project;

/**
 * How stage two of a framework agreement decides the supplier of each call-off (110号令), stated in the documents of
 * stage one: the purchaser (for the service recipient) chooses directly among the shortlisted suppliers, or each
 * call-off goes to the next supplier in the agreement's order (顺序轮候, for services), skipping one that declines or
 * is no longer eligible, or every eligible shortlisted supplier quotes again, sealed, with its agreement price as the
 * ceiling, and the lowest quotation wins (二次竞价, 110号令 art. 39).
 */
public enum CallOffRule {
    DIRECT_CHOICE, ROTATION, SECOND_ROUND_QUOTATION
}
