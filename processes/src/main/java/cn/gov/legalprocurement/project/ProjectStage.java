package cn.gov.legalprocurement.project;

/** Where a project stands in the statutory flow. */
public enum ProjectStage {
    APPLICATION, BUDGET, METHOD, TENDERING, CONTRACT, PERFORMANCE, ACCEPTANCE, PAYMENT, CLOSED, CANCELLED
}
