package cn.gov.legalprocurement.contract;

/**
 * The eight parts every service contract must state (政府购买服务合同的必备条款), in the order the contract
 * states them. The single list the contract, its form, its published text and its documents follow: the
 * field name is the form's and the document template's, the heading the published text's.
 */
public enum ContractPart {
    SERVICE_RECIPIENTS("serviceRecipients", "服务对象"),
    SERVICE_CONTENT("serviceContent", "服务内容"),
    SERVICE_TERM("serviceTerm", "服务期限"),
    QUANTITY_AND_QUALITY("quantityAndQuality", "服务数量和质量要求"),
    RIGHTS_AND_OBLIGATIONS("rightsAndObligations", "双方权利义务"),
    PRICE_AND_SETTLEMENT("priceAndSettlement", "价款及结算方式"),
    PERFORMANCE_TARGETS("performanceTargets", "绩效目标"),
    LIABILITY_FOR_BREACH("liabilityForBreach", "违约责任");

    private static final String NUMERALS = "一二三四五六七八";

    private final String field;
    private final String title;

    ContractPart(String field, String title) {
        this.field = field;
        this.title = title;
    }

    /** The part's name in forms, refusals, audit records and document templates. */
    public String field() {
        return field;
    }

    /** The heading the published contract text gives the part, e.g. 一、服务对象. */
    public String heading() {
        return NUMERALS.charAt(ordinal()) + "、" + title;
    }
}
