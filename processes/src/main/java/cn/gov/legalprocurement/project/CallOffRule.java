package cn.gov.legalprocurement.project;

/**
 * How stage two of a framework agreement decides the supplier of each call-off (110号令), stated in the documents of
 * stage one: the purchaser (for the service recipient) chooses directly among the shortlisted suppliers, or each
 * call-off goes to the next supplier in the agreement's order (顺序轮候, for services), skipping one that declines or
 * is no longer eligible.
 */
public enum CallOffRule {
    DIRECT_CHOICE, ROTATION
}
