package cn.gov.legalprocurement.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every statutory (and service-level) number the engine enforces. The values are data: defaults in
 * {@code portal.rules.defaults}, per-jurisdiction overrides in {@code portal.rules.jurisdictions} and
 * in the database (edited by an administrator, audited). Sources are in docs/statutory-rules.md.
 */
public enum Rule {
    OPEN_TENDER_THRESHOLD("open-tender-threshold", Unit.YUAN),
    DECENTRALISED_PROCUREMENT_FLOOR("decentralised-procurement-floor", Unit.YUAN),
    BELOW_FLOOR_MIN_QUOTES("below-floor-min-quotes", Unit.COUNT),
    FINANCE_BUDGET_REVIEW_THRESHOLD("finance-budget-review-threshold", Unit.YUAN),
    LARGE_PROJECT_AMOUNT("large-project-amount", Unit.YUAN),
    SME_RESERVED_LIMIT("sme-reserved-limit", Unit.YUAN),

    PURCHASE_INTENTION_DAYS("purchase-intention-days", Unit.DAYS),
    BID_PERIOD_DAYS_OPEN_TENDER("bid-period-days-open-tender", Unit.DAYS),
    BID_PERIOD_DAYS_INVITED_TENDER("bid-period-days-invited-tender", Unit.DAYS),
    BID_PERIOD_DAYS_COMPETITIVE_CONSULTATION("bid-period-days-competitive-consultation", Unit.DAYS),
    BID_PERIOD_WORKING_DAYS_COMPETITIVE_NEGOTIATION("bid-period-working-days-competitive-negotiation", Unit.WORKING_DAYS),
    BID_PERIOD_DAYS_FRAMEWORK_AGREEMENT("bid-period-days-framework-agreement", Unit.DAYS),
    FRAMEWORK_AGREEMENT_MAX_TERM_MONTHS("framework-agreement-max-term-months", Unit.COUNT),
    FRAMEWORK_ELIMINATION_MIN_PERCENT("framework-elimination-min-percent", Unit.PERCENT),
    MIN_SUPPLIERS_FRAMEWORK_AGREEMENT("min-suppliers-framework-agreement", Unit.COUNT),
    CALL_OFF_ANSWER_WORKING_DAYS("call-off-answer-working-days", Unit.WORKING_DAYS),
    CALL_OFF_QUOTATION_WORKING_DAYS("call-off-quotation-working-days", Unit.WORKING_DAYS),
    BID_DECRYPTION_WINDOW_MINUTES("bid-decryption-window-minutes", Unit.MINUTES),
    INVITED_TENDER_INVITEES("invited-tender-invitees", Unit.COUNT),
    BID_DEADLINE_ON_REST_DAY_ALLOWED("bid-deadline-on-rest-day-allowed", Unit.FLAG),
    TENDER_DOCUMENTS_AVAILABLE_WORKING_DAYS("tender-documents-available-working-days", Unit.WORKING_DAYS),
    CLARIFICATION_DAYS_BEFORE_DEADLINE_TENDER("clarification-days-before-deadline-tender", Unit.DAYS),
    CLARIFICATION_DAYS_BEFORE_DEADLINE_CONSULTATION("clarification-days-before-deadline-consultation", Unit.DAYS),
    CLARIFICATION_WORKING_DAYS_BEFORE_DEADLINE_NEGOTIATION("clarification-working-days-before-deadline-negotiation", Unit.WORKING_DAYS),
    SINGLE_SOURCE_NOTICE_WORKING_DAYS("single-source-notice-working-days", Unit.WORKING_DAYS),
    EVALUATION_REPORT_WORKING_DAYS("evaluation-report-working-days", Unit.WORKING_DAYS),
    WINNER_CONFIRMATION_WORKING_DAYS("winner-confirmation-working-days", Unit.WORKING_DAYS),
    AWARD_NOTICE_WORKING_DAYS("award-notice-working-days", Unit.WORKING_DAYS),
    AWARD_ANNOUNCEMENT_WORKING_DAYS("award-announcement-working-days", Unit.WORKING_DAYS),
    CHALLENGE_PERIOD_WORKING_DAYS("challenge-period-working-days", Unit.WORKING_DAYS),
    CHALLENGE_ANSWER_WORKING_DAYS("challenge-answer-working-days", Unit.WORKING_DAYS),
    COMPLAINT_PERIOD_WORKING_DAYS("complaint-period-working-days", Unit.WORKING_DAYS),
    COMPLAINT_DECISION_WORKING_DAYS("complaint-decision-working-days", Unit.WORKING_DAYS),
    COMPLAINT_SUSPENSION_MAX_DAYS("complaint-suspension-max-days", Unit.DAYS),
    INQUIRY_ANSWER_WORKING_DAYS("inquiry-answer-working-days", Unit.WORKING_DAYS),
    CONTRACT_SIGNING_DAYS("contract-signing-days", Unit.DAYS),
    CONTRACT_SIGNING_ESCALATION_DAYS_BEFORE("contract-signing-escalation-days-before", Unit.DAYS),
    CONTRACT_PUBLICATION_WORKING_DAYS("contract-publication-working-days", Unit.WORKING_DAYS),
    CONTRACT_FILING_WORKING_DAYS("contract-filing-working-days", Unit.WORKING_DAYS),
    SME_PAYMENT_DAYS("sme-payment-days", Unit.DAYS),
    LATE_PAYMENT_INTEREST_PERCENT_PER_DAY("late-payment-interest-percent-per-day", Unit.PERCENT),
    PERFORMANCE_PERIOD_MONTHS("performance-period-months", Unit.COUNT),
    PERFORMANCE_REPORT_WORKING_DAYS("performance-report-working-days", Unit.WORKING_DAYS),
    TASK_WORKING_DAYS("task-working-days", Unit.WORKING_DAYS),

    PERFORMANCE_BOND_MAX_PERCENT("performance-bond-max-percent", Unit.PERCENT),
    BID_BOND_MAX_PERCENT("bid-bond-max-percent", Unit.PERCENT),
    BID_BOND_REFUND_WORKING_DAYS("bid-bond-refund-working-days", Unit.WORKING_DAYS),
    MIN_QUALIFIED_BIDS("min-qualified-bids", Unit.COUNT),
    MIN_QUALIFIED_BIDS_AFTER_FAILED_TENDER("min-qualified-bids-after-failed-tender", Unit.COUNT),
    MIN_SUPPLIERS_CONSULTATION_OF_SERVICES("min-suppliers-consultation-of-services", Unit.COUNT),
    COMMITTEE_SIZE_TENDER("committee-size-tender", Unit.COUNT),
    COMMITTEE_SIZE_LARGE_PROJECT("committee-size-large-project", Unit.COUNT),
    COMMITTEE_SIZE_NON_TENDER("committee-size-non-tender", Unit.COUNT),
    COMMITTEE_EXPERT_SHARE_MIN_PERCENT("committee-expert-share-min-percent", Unit.PERCENT),
    CONFLICT_LOOKBACK_YEARS("conflict-lookback-years", Unit.COUNT),
    PRICE_WEIGHT_MIN_PERCENT("price-weight-min-percent", Unit.PERCENT),
    PRICE_WEIGHT_MAX_PERCENT_CONSULTATION("price-weight-max-percent-consultation", Unit.PERCENT),
    SME_PRICE_DEDUCTION_PERCENT("sme-price-deduction-percent", Unit.PERCENT),
    ACCEPTANCE_PASS_SCORE("acceptance-pass-score", Unit.COUNT),
    ACCEPTANCE_MAX_PROCESS_COMPLIANCE("acceptance-max-process-compliance", Unit.COUNT),
    ACCEPTANCE_MAX_SERVICE_RESULTS("acceptance-max-service-results", Unit.COUNT),
    ACCEPTANCE_MAX_SOCIAL_EVALUATION("acceptance-max-social-evaluation", Unit.COUNT),
    CONTRACT_MAX_TERM_MONTHS("contract-max-term-months", Unit.COUNT),
    SUPPLEMENTARY_CONTRACT_MAX_PERCENT("supplementary-contract-max-percent", Unit.PERCENT),
    SINGLE_SOURCE_ADD_ON_MAX_PERCENT("single-source-add-on-max-percent", Unit.PERCENT);

    public enum Unit { YUAN, DAYS, WORKING_DAYS, MINUTES, PERCENT, COUNT, FLAG }

    private final String key;
    private final Unit unit;

    Rule(String key, Unit unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<Rule> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
