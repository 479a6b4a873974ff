package cn.gov.legalprocurement.documents;

/** The templates the code asks for, by file name under {@code templates/} of the templates module. */
public enum DocumentTemplate {
    CONTRACT_LEGAL_AID("contract-01.tpl", "政府购买服务合同"),
    CONTRACT_LEGAL_ADVISER("contract-02.tpl", "政府购买服务合同"),
    CONTRACT_MEDIATION("contract-03.tpl", "政府购买服务合同"),
    CONTRACT_PUBLICITY_CONSULTATION("contract-04.tpl", "政府购买服务合同"),
    PROCUREMENT_NOTICE("procurement-notice.tpl", "采购公告"),
    AWARD_NOTICE("award-notice.tpl", "中标（成交）结果公告"),
    ACCEPTANCE_REPORT("acceptance-report.tpl", "验收报告"),
    PAYMENT_CERTIFICATE("payment-certificate.tpl", "资金支付凭证");

    private final String file;
    private final String documentType;

    DocumentTemplate(String file, String documentType) {
        this.file = file;
        this.documentType = documentType;
    }

    public String file() {
        return file;
    }

    public String documentType() {
        return documentType;
    }

    /** The written contract of a catalogue class (01 法律援助 … 04 法治宣传与法律咨询). */
    public static DocumentTemplate contractFor(String catalogueClass) {
        return switch (catalogueClass) {
            case "01" -> CONTRACT_LEGAL_AID;
            case "02" -> CONTRACT_LEGAL_ADVISER;
            case "03" -> CONTRACT_MEDIATION;
            case "04" -> CONTRACT_PUBLICITY_CONSULTATION;
            default -> throw new IllegalArgumentException("No contract template for catalogue class " + catalogueClass);
        };
    }
}
