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

        private Procurement() {
        }
    }

    public static final class ProjectApplication {
        public static final String ID = "projectApplication";
        public static final String TASK_APPROVE = "Task_ApproveApplication";
        public static final String TASK_REVISE = "Task_ReviseApplication";

        private ProjectApplication() {
        }
    }

    public static final class BudgetCommitment {
        public static final String ID = "budgetCommitment";
        public static final String ERROR_INSUFFICIENT = "BUDGET_INSUFFICIENT";
        public static final String TASK_FINANCE_REVIEW = "Task_FinanceReviewBudget";
        public static final String TASK_REVISE = "Task_ReviseBudget";

        private BudgetCommitment() {
        }
    }

    public static final class MethodSelection {
        public static final String ID = "methodSelection";
        public static final String DECISION = "procurementMethod";
        public static final String TASK_APPROVE_METHOD = "Task_ApproveMethod";

        private MethodSelection() {
        }
    }

    public static final class Tendering {
        public static final String ID = "tendering";
        public static final String TASK_PREPARE_DOCUMENTS = "Task_PrepareTenderDocuments";
        public static final String TIMER_BID_DEADLINE = "Timer_BidDeadline";
        public static final String TASK_START_OPENING = "ServiceTask_StartOpening";
        public static final String TIMER_DECRYPTION_WINDOW = "Timer_DecryptionWindowClosed";
        public static final String TASK_OPEN_BIDS = "ServiceTask_OpenBids";
        public static final String VAR_DECRYPTION_WINDOW_ENDS = "decryptionWindowEnds";
        public static final String VAR_BIDS_RECEIVED = "bidsReceived";
        public static final String VAR_ENOUGH_BIDS = "enoughBids";
        public static final String TASK_SCORE_BIDS = "Task_ScoreBids";
        public static final String TASK_CONFIRM_WINNER = "Task_ConfirmWinner";
        public static final String GATEWAY_CHALLENGE_WINDOW = "Gateway_ChallengeWindow";
        public static final String TIMER_CHALLENGE_WINDOW = "Timer_ChallengeWindowClosed";
        public static final String MESSAGE_CHALLENGE_FILED = "ChallengeFiled";
        public static final String EVENT_CHALLENGE_FILED = "Event_ChallengeFiled";
        public static final String TASK_ANSWER_CHALLENGE = "Task_AnswerChallenge";
        public static final String TASK_DECIDE_AFTER_FAILURE = "Task_DecideAfterFailedTender";
        public static final String TASK_APPROVE_METHOD_SWITCH = "Task_ApproveMethodSwitch";
        public static final String TIMER_SINGLE_SOURCE_NOTICE = "Timer_SingleSourceNoticeEnds";
        public static final String TASK_NEGOTIATE_SINGLE_SOURCE = "Task_NegotiateSingleSource";

        private Tendering() {
        }
    }

    public static final class ContractSigning {
        public static final String ID = "contractSigning";
        public static final String TASK_PREPARE = "Task_PrepareContract";
        public static final String CALL_SIGNATURES = "CallActivity_CollectSignatures";
        public static final String TIMER_ESCALATION = "BoundaryEvent_SigningEscalation";
        public static final String TASK_ESCALATE = "Task_EscalateSigning";

        private ContractSigning() {
        }
    }

    public static final class ContractSignatures {
        public static final String ID = "contractSignatures";
        public static final String TASK_SIGN_PROVIDER = "Task_SignContractProvider";
        public static final String TASK_SIGN_PURCHASER = "Task_SignContractPurchaser";

        private ContractSignatures() {
        }
    }

    public static final class PerformanceMonitoring {
        public static final String ID = "performanceMonitoring";
        public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
        public static final String TASK_REPORT = "Task_ReportPerformance";
        public static final String TASK_SHORTFALL_WARNING = "Task_HandleShortfallWarning";

        private PerformanceMonitoring() {
        }
    }

    public static final class AcceptanceEvaluation {
        public static final String ID = "acceptanceEvaluation";
        public static final String TASK_EVALUATE = "Task_EvaluateAcceptance";
        public static final String TASK_RECTIFY = "Task_RectifyService";

        private AcceptanceEvaluation() {
        }
    }

    public static final class Payment {
        public static final String ID = "payment";
        public static final String TASK_APPROVE = "Task_ApprovePayment";
        public static final String TASK_RELEASE = "Task_ReleasePayment";

        private Payment() {
        }
    }
}
