package cn.gov.legalprocurement.organisation;

public enum OrganisationKind {
    /** 购买主体 */
    PURCHASING_UNIT,
    /** 承接主体 */
    PROVIDER,
    /** 财政部门 */
    FINANCE_DEPARTMENT,
    /** 司法行政部门 */
    JUSTICE_DEPARTMENT,
    /** 纪检监察、审计等监督机关 */
    SUPERVISION_BODY,
    /** 评审专家库 */
    EXPERT_POOL
}
