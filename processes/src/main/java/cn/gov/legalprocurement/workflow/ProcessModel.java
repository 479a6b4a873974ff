package cn.gov.legalprocurement.workflow;

/**
 * The ids the BPMN/DMN models, their delegates, the task handlers (and the UI's forms) and the tests
 * share. One nested class per process; the strings must match src/main/resources/bpmn/*.bpmn.
 */
public final class ProcessModel {

    private ProcessModel() {
    }

    /** Process variables shared across the procurement's processes. */
    public static final class Vars {
        public static final String PROJECT_ID = "projectId";
        public static final String PURCHASER_ID = "purchaserId";
        public static final String PROVIDER_ID = "providerId";
        public static final String APPLICANT = "applicant";
        public static final String JURISDICTION = "jurisdiction";
        public static final String CONTRACT_ID = "contractId";
        public static final String CATALOGUE_ITEM_ID = "catalogueItemId";
        public static final String AWARD_ID = "awardId";
        public static final String METHOD = "method";
        public static final String RESUBMITTED = "resubmitted";
        public static final String PROPOSER = "proposer";

        private Vars() {
        }
    }

    public static final class CatalogueItemLifecycle {
        public static final String ID = "catalogueItemLifecycle";
        public static final String TASK_JUSTICE_REVIEW = "Task_JusticeReview";
        public static final String TASK_FINANCE_REVIEW = "Task_FinanceReview";
        public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";
        public static final String END_APPLIED = "EndEvent_ChangeApplied";
        public static final String END_WITHDRAWN = "EndEvent_ChangeWithdrawn";
        public static final String SERVICE_APPLY_CATALOGUE_CHANGE = "ServiceTask_ApplyCatalogueChange";
        public static final String SERVICE_WITHDRAW_CATALOGUE_CHANGE = "ServiceTask_WithdrawCatalogueChange";
        public static final String VAR_CHANGE_KIND = "changeKind";
        public static final String VAR_JUSTICE_APPROVED = "justiceApproved";
        public static final String VAR_FINANCE_APPROVED = "financeApproved";

        private CatalogueItemLifecycle() {
        }
    }

    public static final class Procurement {
        public static final String ID = "procurement";
        public static final String CALL_APPLICATION = "CallActivity_ProjectApplication";
        public static final String CALL_BUDGET = "CallActivity_BudgetCommitment";
        public static final String CALL_METHOD = "CallActivity_MethodSelection";
        public static final String CALL_TENDERING = "CallActivity_Tendering";
        public static final String CALL_CONTRACT = "CallActivity_ContractSigning";
        public static final String CALL_PERFORMANCE = "CallActivity_PerformanceMonitoring";
        public static final String CALL_ACCEPTANCE = "CallActivity_AcceptanceEvaluation";
        public static final String CALL_PAYMENT = "CallActivity_Payment";
        public static final String END_CLOSED = "EndEvent_ProjectClosed";
        public static final String END_CANCELLED = "EndEvent_ProjectCancelled";
        public static final String SERVICE_CLOSE_PROJECT = "ServiceTask_CloseProject";
        public static final String SERVICE_CONCLUDE_FRAMEWORK_AGREEMENT = "ServiceTask_ConcludeFrameworkAgreement";
        public static final String TIMER_FRAMEWORK_AGREEMENT_EXPIRES = "Timer_FrameworkAgreementExpires";
        public static final String SERVICE_EXPIRE_FRAMEWORK_AGREEMENT = "ServiceTask_ExpireFrameworkAgreement";
        public static final String END_FRAMEWORK_AGREEMENT_EXPIRED = "EndEvent_FrameworkAgreementExpired";
        public static final String VAR_FRAMEWORK_AGREEMENT_ENDS = "frameworkAgreementEnds";
        public static final String SERVICE_CANCEL_PROJECT = "ServiceTask_CancelProject";
        public static final String VAR_APPLICATION_APPROVED = "applicationApproved";
        public static final String VAR_BUDGET_COMMITTED = "budgetCommitted";

        private Procurement() {
        }
    }

    /** The project's bid bonds, from the opening until every one is refunded. */
    public static final class BidBondRefund {
        public static final String ID = "bidBondRefund";
        public static final String SERVICE_CHECK = "ServiceTask_CheckBidBonds";
        public static final String TASK_REFUND = "Task_RefundBidBonds";
        public static final String EVENT_DUE = "Event_BidBondsDue";
        public static final String END_SETTLED = "EndEvent_BidBondsSettled";
        public static final String MESSAGE_DUE = "BidBondsDue";
        /** {@code DUE}, {@code HELD} or {@code SETTLED}: BidBondService.Standing.State. */
        public static final String VAR_STATE = "bidBondsState";
        public static final String VAR_REFUND_DUE = "bidBondsRefundDue";

        private BidBondRefund() {
        }
    }

    /** A signed contract's filing with the finance department (合同备案). */
    public static final class ContractFiling {
        public static final String ID = "contractFiling";
        public static final String TASK_FILE = "Task_FileContract";
        public static final String END_FILED = "EndEvent_ContractFiled";
        public static final String VAR_FILING_DUE = "filingDue";

        private ContractFiling() {
        }
    }

    public static final class ContractPublication {
        public static final String ID = "contractPublication";
        public static final String TASK_PUBLISH = "Task_PublishContract";
        public static final String TIMER_PUBLICATION_DUE = "BoundaryEvent_ContractPublicationDue";
        public static final String SERVICE_PUBLISH = "ServiceTask_PublishContract";
        public static final String END_PUBLISHED = "EndEvent_ContractPublished";
        public static final String END_PUBLISHED_BY_PORTAL = "EndEvent_ContractPublishedByPortal";
        public static final String VAR_PUBLICATION_DUE = "publicationDue";
        public static final String VAR_PUBLISHED_BY_PORTAL_AT = "publishedByPortalAt";

        private ContractPublication() {
        }
    }

    public static final class ProjectApplication {
        public static final String ID = "projectApplication";
        public static final String TASK_APPROVE = "Task_ApproveApplication";
        public static final String TASK_REVISE = "Task_ReviseApplication";
        public static final String VAR_DECISION = "applicationDecision";
        public static final String END_APPROVED = "EndEvent_ApplicationApproved";
        public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

        private ProjectApplication() {
        }
    }

    public static final class BudgetCommitment {
        public static final String ID = "budgetCommitment";
        public static final String ERROR_INSUFFICIENT = "BUDGET_INSUFFICIENT";
        public static final String TASK_FINANCE_REVIEW = "Task_FinanceReviewBudget";
        public static final String TASK_REVISE = "Task_ReviseBudget";
        public static final String SERVICE_COMMIT = "ServiceTask_CommitBudget";
        public static final String SERVICE_RELEASE = "ServiceTask_ReleaseBudget";
        public static final String VAR_REVIEW_REQUIRED = "budgetReviewRequired";
        public static final String VAR_APPROVED = "budgetApproved";
        public static final String VAR_PROBLEM = "budgetProblem";
        public static final String BOUNDARY_INSUFFICIENT = "BoundaryEvent_BudgetInsufficient";
        public static final String END_COMMITTED = "EndEvent_BudgetCommitted";
        public static final String END_WITHDRAWN = "EndEvent_BudgetWithdrawn";

        private BudgetCommitment() {
        }
    }

    public static final class MethodSelection {
        public static final String ID = "methodSelection";
        public static final String DECISION = "procurementMethod";
        public static final String TASK_APPROVE_METHOD = "Task_ApproveMethod";
        public static final String SERVICE_PREPARE_FACTS = "ServiceTask_PrepareMethodFacts";
        public static final String RULE_DECIDE_METHOD = "BusinessRuleTask_DecideMethod";
        public static final String SERVICE_RECORD_METHOD = "ServiceTask_RecordMethod";
        public static final String VAR_METHOD_REASON = "methodReason";
        public static final String VAR_FINANCE_APPROVAL_REQUIRED = "financeApprovalRequired";
        public static final String VAR_PUBLIC_NOTICE_REQUIRED = "publicNoticeRequired";
        public static final String VAR_AMOUNT_FEN = "amountFen";
        public static final String VAR_THRESHOLD_FEN = "thresholdFen";
        public static final String VAR_FLOOR_FEN = "floorFen";
        public static final String VAR_SOLE_SUPPLIER = "soleSupplier";
        public static final String VAR_FAILED_TENDERS = "failedTenders";
        public static final String VAR_URGENT = "urgent";
        public static final String VAR_LIMITED_SUPPLIERS = "limitedSuppliers";
        public static final String VAR_FRAMEWORK_SUITABLE = "frameworkSuitable";
        public static final String VAR_ADD_ON = "addOn";
        public static final String VAR_CALL_OFF = "callOff";
        public static final String END_DETERMINED = "EndEvent_MethodDetermined";

        private MethodSelection() {
        }
    }

    public static final class Tendering {
        public static final String ID = "tendering";
        public static final String TASK_PREPARE_DOCUMENTS = "Task_PrepareTenderDocuments";
        public static final String TIMER_BID_DEADLINE = "Timer_BidDeadline";
        public static final String GATEWAY_BID_PERIOD = "Gateway_BidPeriod";
        public static final String MESSAGE_BID_DEADLINE_MOVED = "BidDeadlineMoved";
        public static final String EVENT_BID_DEADLINE_MOVED = "Event_BidDeadlineMoved";
        public static final String SERVICE_START_OPENING = "ServiceTask_StartOpening";
        public static final String TIMER_DECRYPTION_WINDOW = "Timer_DecryptionWindowClosed";
        public static final String SERVICE_OPEN_BIDS = "ServiceTask_OpenBids";
        public static final String VAR_DECRYPTION_WINDOW_ENDS = "decryptionWindowEnds";
        public static final String VAR_BIDS_RECEIVED = "bidsReceived";
        public static final String VAR_ENOUGH_BIDS = "enoughBids";
        public static final String TASK_SCORE_BIDS = "Task_ScoreBids";
        public static final String TASK_CONFIRM_WINNER = "Task_ConfirmWinner";
        public static final String TIMER_WINNER_DEEMED_CHOSEN = "BoundaryEvent_WinnerDeemedChosen";
        public static final String SERVICE_DEEM_TOP_RANKED_CHOSEN = "ServiceTask_DeemTopRankedChosen";
        public static final String TASK_NEGOTIATE_ROUND = "Task_NegotiateRound";
        public static final String SERVICE_RANK_FINAL_QUOTATIONS = "ServiceTask_RankFinalQuotations";
        public static final String VAR_NEGOTIATION_NEXT = "negotiationNext";
        /** Whether the round being opened is one of final quotations (after a negotiation or consultation). */
        public static final String VAR_FINAL_QUOTATIONS = "finalQuotations";
        public static final String GATEWAY_CHALLENGE_WINDOW = "Gateway_ChallengeWindow";
        public static final String TIMER_CHALLENGE_WINDOW = "Timer_ChallengeWindowClosed";
        public static final String MESSAGE_CHALLENGE_FILED = "ChallengeFiled";
        public static final String EVENT_CHALLENGE_FILED = "Event_ChallengeFiled";
        public static final String TASK_ANSWER_CHALLENGE = "Task_AnswerChallenge";
        public static final String MESSAGE_DOCUMENTS_CHALLENGE_FILED = "DocumentsChallengeFiled";
        public static final String START_DOCUMENTS_CHALLENGE_FILED = "StartEvent_DocumentsChallengeFiled";
        public static final String TASK_ANSWER_DOCUMENTS_CHALLENGE = "Task_AnswerDocumentsChallenge";
        public static final String END_DOCUMENTS_CHALLENGE_ANSWERED = "EndEvent_DocumentsChallengeAnswered";
        public static final String MESSAGE_PROCESS_CHALLENGE_FILED = "ProcessChallengeFiled";
        public static final String START_PROCESS_CHALLENGE_FILED = "StartEvent_ProcessChallengeFiled";
        public static final String TASK_ANSWER_PROCESS_CHALLENGE = "Task_AnswerProcessChallenge";
        public static final String END_PROCESS_CHALLENGE_ANSWERED = "EndEvent_ProcessChallengeAnswered";
        public static final String TASK_DECIDE_AFTER_FAILURE = "Task_DecideAfterFailedTender";
        public static final String TASK_APPROVE_METHOD_SWITCH = "Task_ApproveMethodSwitch";
        public static final String TIMER_SINGLE_SOURCE_NOTICE = "Timer_SingleSourceNoticeEnds";
        public static final String TASK_NEGOTIATE_SINGLE_SOURCE = "Task_NegotiateSingleSource";
        public static final String SERVICE_PUBLISH_PROCUREMENT_NOTICE = "ServiceTask_PublishProcurementNotice";
        public static final String SERVICE_DRAW_INVITEES = "ServiceTask_DrawInvitees";
        public static final String SERVICE_DRAW_COMMITTEE = "ServiceTask_DrawCommittee";
        public static final String SERVICE_RANK_BIDS = "ServiceTask_RankBids";
        public static final String TASK_PUBLISH_AWARD = "Task_PublishAward";
        public static final String TIMER_AWARD_NOTICE_DUE = "BoundaryEvent_AwardNoticeDue";
        public static final String SERVICE_PUBLISH_AWARD = "ServiceTask_PublishAward";
        public static final String SERVICE_REOPEN_EVALUATION = "ServiceTask_ReopenEvaluation";
        public static final String SERVICE_DECLARE_FAILED = "ServiceTask_DeclareTenderFailed";
        public static final String SERVICE_PUBLISH_SINGLE_SOURCE_NOTICE = "ServiceTask_PublishSingleSourceNotice";
        public static final String VAR_BID_DEADLINE = "bidDeadline";
        public static final String VAR_TENDER_ROUND = "tenderRound";
        public static final String VAR_EXPERT = "expert";
        public static final String VAR_CHALLENGE_WINDOW_ENDS = "challengeWindowEnds";
        public static final String VAR_SIGNING_DEADLINE = "signingDeadline";
        public static final String VAR_SIGNING_ESCALATION_AT = "signingEscalationAt";
        public static final String VAR_CHALLENGE_ID = "challengeId";
        public static final String VAR_CHALLENGE_OUTCOME = "challengeOutcome";
        public static final String VAR_CHALLENGE_ANSWER = "challengeAnswer";
        public static final String VAR_FAILED_TENDER_DECISION = "failedTenderDecision";
        public static final String VAR_PROPOSED_METHOD = "proposedMethod";
        public static final String VAR_METHOD_SWITCH_REASON = "methodSwitchReason";
        public static final String VAR_METHOD_SWITCH_APPROVED = "methodSwitchApproved";
        public static final String VAR_SINGLE_SOURCE_NOTICE_ENDS = "singleSourceNoticeEnds";
        /** A single-source purchase waits for its purchase intention's period (财库〔2020〕10号). */
        public static final String SERVICE_CHECK_PURCHASE_INTENTION = "ServiceTask_CheckPurchaseIntention";
        public static final String TASK_PUBLISH_PURCHASE_INTENTION = "Task_PublishPurchaseIntention";
        public static final String TIMER_INTENTION_PERIOD_ENDS = "Timer_IntentionPeriodEnds";
        public static final String VAR_INTENTION_READY = "intentionReady";
        public static final String VAR_INTENTION_PUBLISHED = "intentionPublished";
        public static final String VAR_INTENTION_PERIOD_ENDS = "intentionPeriodEnds";
        public static final String END_AWARDED = "EndEvent_Awarded";
        public static final String TASK_PURCHASE_BELOW_FLOOR = "Task_PurchaseBelowFloor";
        public static final String END_PURCHASED_BELOW_FLOOR = "EndEvent_PurchasedBelowFloor";
        public static final String TASK_PUBLISH_SHORTLIST = "Task_PublishShortlist";
        public static final String TIMER_SHORTLIST_NOTICE_DUE = "BoundaryEvent_ShortlistNoticeDue";
        public static final String SERVICE_PUBLISH_SHORTLIST = "ServiceTask_PublishShortlist";
        public static final String TASK_OFFER_CALL_OFF = "Task_OfferCallOff";
        public static final String TASK_ANSWER_CALL_OFF = "Task_AnswerCallOff";
        public static final String TIMER_CALL_OFF_ANSWER_OVERDUE = "BoundaryEvent_CallOffAnswerOverdue";
        public static final String SERVICE_LAPSE_CALL_OFF = "ServiceTask_LapseCallOff";
        public static final String END_CALLED_OFF = "EndEvent_CalledOff";
        public static final String VAR_CALL_OFF_ANSWER_DUE = "callOffAnswerDue";
        public static final String VAR_CALL_OFF_ACCEPTED = "callOffAccepted";
        /** The purchaser ended the call-off: no shortlisted supplier is left to offer it to. */
        public static final String VAR_CALL_OFF_TERMINATED = "callOffTerminated";
        public static final String END_CALL_OFF_TERMINATED = "EndEvent_CallOffTerminated";
        /** The purchaser asked the shortlisted suppliers for second-round quotations (110号令 39). */
        public static final String VAR_CALL_OFF_QUOTATIONS = "callOffQuotations";
        public static final String TIMER_QUOTATION_DEADLINE = "Timer_QuotationDeadline";
        public static final String SERVICE_START_QUOTATION_OPENING = "ServiceTask_StartQuotationOpening";
        public static final String TIMER_QUOTATION_DECRYPTION_CLOSED = "Timer_QuotationDecryptionClosed";
        public static final String SERVICE_AWARD_LOWEST_QUOTATION = "ServiceTask_AwardLowestQuotation";
        public static final String END_CALLED_OFF_BY_QUOTATION = "EndEvent_CalledOffByQuotation";

        private Tendering() {
        }
    }

    /** {@code complaintHandling}: FINANCE decides a complaint (投诉), and may suspend the procurement meanwhile. */
    public static final class ComplaintHandling {
        public static final String ID = "complaintHandling";
        public static final String TASK_DECIDE = "Task_DecideComplaint";
        public static final String MESSAGE_SUSPENDED = "ProcurementSuspended";
        public static final String EVENT_SUSPENDED = "BoundaryEvent_ProcurementSuspended";
        public static final String TIMER_SUSPENSION_ENDS = "Timer_SuspensionEnds";
        public static final String SERVICE_RESUME = "ServiceTask_ResumeProcurement";
        public static final String END_SUSPENSION_ENDED = "EndEvent_SuspensionEnded";
        public static final String END_DECIDED = "EndEvent_ComplaintDecided";
        public static final String VAR_COMPLAINT_ID = "complaintId";
        public static final String VAR_DECISION_DUE = "complaintDecisionDue";
        public static final String VAR_SUSPENSION_ENDS = "suspensionEnds";

        private ComplaintHandling() {
        }
    }

    public static final class InquiryAnswer {
        public static final String ID = "inquiryAnswer";
        public static final String TASK_ANSWER = "Task_AnswerInquiry";
        public static final String TIMER_OVERDUE = "BoundaryEvent_InquiryOverdue";
        public static final String TASK_ESCALATE = "Task_EscalateInquiry";
        public static final String END_ANSWERED = "EndEvent_InquiryAnswered";
        public static final String END_ESCALATION_HANDLED = "EndEvent_InquiryEscalationHandled";
        public static final String VAR_INQUIRY_ID = "inquiryId";
        public static final String VAR_ANSWER_DUE = "inquiryAnswerDue";

        private InquiryAnswer() {
        }
    }

    public static final class ContractSigning {
        public static final String ID = "contractSigning";
        public static final String TASK_PREPARE = "Task_PrepareContract";
        public static final String CALL_SIGNATURES = "CallActivity_CollectSignatures";
        public static final String TIMER_ESCALATION = "BoundaryEvent_SigningEscalation";
        public static final String TASK_ESCALATE = "Task_EscalateSigning";
        public static final String SERVICE_DRAFT = "ServiceTask_DraftContract";
        public static final String SERVICE_SEAL = "ServiceTask_SealContract";
        public static final String END_IN_FORCE = "EndEvent_ContractInForce";
        public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

        private ContractSigning() {
        }
    }

    public static final class ContractSignatures {
        public static final String ID = "contractSignatures";
        public static final String TASK_SIGN_PROVIDER = "Task_SignContractProvider";
        public static final String TASK_SIGN_PURCHASER = "Task_SignContractPurchaser";
        public static final String END_SIGNED = "EndEvent_ContractSigned";

        private ContractSignatures() {
        }
    }

    public static final class PerformanceMonitoring {
        public static final String ID = "performanceMonitoring";
        public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
        public static final String TASK_REPORT = "Task_ReportPerformance";
        public static final String TASK_SHORTFALL_WARNING = "Task_HandleShortfallWarning";
        public static final String SERVICE_PLAN_PERIODS = "ServiceTask_PlanPerformancePeriods";
        public static final String SERVICE_ASSESS_DELIVERY = "ServiceTask_AssessDelivery";
        public static final String VAR_PERIOD_NO = "periodNo";
        public static final String VAR_PERIOD_COUNT = "periodCount";
        public static final String VAR_PERIOD_END = "periodEnd";
        public static final String VAR_ASSESSED_PERIOD = "assessedPeriod";
        public static final String VAR_SHORTFALL = "shortfall";
        public static final String VAR_MORE_PERIODS = "morePeriods";
        public static final String END_TERM_COMPLETED = "EndEvent_TermCompleted";

        private PerformanceMonitoring() {
        }
    }

    public static final class AcceptanceEvaluation {
        public static final String ID = "acceptanceEvaluation";
        public static final String TASK_EVALUATE = "Task_EvaluateAcceptance";
        public static final String TASK_RECTIFY = "Task_RectifyService";
        public static final String SERVICE_PUBLISH = "ServiceTask_PublishAcceptance";
        public static final String VAR_PASSED = "acceptancePassed";
        public static final String VAR_ACCEPTANCE_ID = "acceptanceId";
        public static final String END_ACCEPTED = "EndEvent_Accepted";

        private AcceptanceEvaluation() {
        }
    }

    public static final class Payment {
        public static final String ID = "payment";
        public static final String TASK_APPROVE = "Task_ApprovePayment";
        public static final String TASK_RELEASE = "Task_ReleasePayment";
        public static final String SERVICE_PREPARE_INSTALMENT = "ServiceTask_PrepareInstalment";
        public static final String VAR_PAYMENT_ID = "paymentId";
        public static final String VAR_DUE_DATE = "paymentDueDate";
        public static final String VAR_MORE_INSTALMENTS = "moreInstalments";
        public static final String END_PAID_IN_FULL = "EndEvent_PaidInFull";

        private Payment() {
        }
    }
}
