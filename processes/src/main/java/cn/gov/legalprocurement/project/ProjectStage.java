package cn.gov.legalprocurement.project;

/** Where a project stands in the statutory flow. */
public enum ProjectStage {
    APPLICATION, BUDGET, METHOD, TENDERING,
    /** A framework agreement concluded by the project is in force: its call-offs are projects of their own. */
    AGREEMENT,
    CONTRACT, PERFORMANCE, ACCEPTANCE, PAYMENT, CLOSED, CANCELLED
}
