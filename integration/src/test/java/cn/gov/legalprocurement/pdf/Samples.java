package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentModels.Parties;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values for every template, built by the same model builders the services use. */
final class Samples {

    static final Parties PARTIES = new Parties("平湖市法律援助中心", "浙江东湖律师事务所", "陈经办 2026-12-28", null);

    private Samples() {
    }

    static Map<String, String> values(DocumentTemplate template) {
        return switch (template) {
            case CONTRACT_LEGAL_AID, CONTRACT_LEGAL_ADVISER, CONTRACT_MEDIATION, CONTRACT_PUBLICITY_CONSULTATION ->
                    DocumentModels.contract(contract(3));
            case PROCUREMENT_NOTICE -> DocumentModels.procurementNotice(new DocumentModels.NoticeData("PH-FYZX-2027-001",
                    "2027年度法律援助民事案件代理服务", "平湖市法律援助中心", "平湖市当湖街道胜利路 1 号", "陈经办 0573-85100001",
                    "公开招标", new BigDecimal("2100000"), "符合法律援助条件的经济困难公民", "2027-01-01", "2027-12-31", 30, "10", false, null,
                    "服务方案、团队资质、同类业绩", "2026-12-22 09:30", false, 5, new BigDecimal("40000"), 5, 3, 7, "2026-12-01"));
            case AWARD_NOTICE -> DocumentModels.awardNotice(new DocumentModels.AwardData("PH-FYZX-2027-001",
                    "2027年度法律援助民事案件代理服务", "平湖市法律援助中心", "公开招标", "浙江东湖律师事务所",
                    new BigDecimal("1800000"), List.of(
                            new String[]{"1", "浙江东湖律师事务所", "1,620,000.00", "30.00", "60.00", "90.00"},
                            new String[]{"2", "浙江当湖律师事务所", "1,700,000.00", "28.59", "55.00", "83.59"}),
                    1, "2026-12-24", 7, "2027-01-05", "2026-12-23"));
            case ACCEPTANCE_REPORT -> DocumentModels.acceptanceReport(new DocumentModels.AcceptanceData("HT-PH-FYZX-2027-001-1",
                    "2027年度法律援助民事案件代理服务", PARTIES, 1, "2027-04-02",
                    List.<String[]>of(new String[]{"办结法律援助案件", "700", "710"}), new BigDecimal("28"), new BigDecimal("45"),
                    new BigDecimal("18"), true, "服务规范，群众满意", "受援人代表张某、李某", null, 30, 50, 20));
            case PAYMENT_CERTIFICATE -> DocumentModels.paymentCertificate(new DocumentModels.PaymentData("HT-PH-FYZX-2027-001-1",
                    "2027年度法律援助民事案件代理服务", PARTIES, 1, 100, new BigDecimal("1800000"), new BigDecimal("180000"),
                    new BigDecimal("1620000"), new BigDecimal("8100"), "2027-05-02", "2027-05-12", "ZF-2027-0101",
                    "周主任", "王科长"));
        };
    }

    /** A contract whose parts are repeated {@code length} times, to fill several pages. */
    static DocumentModels.ContractData contract(int length) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("serviceRecipients", "符合法律援助条件的经济困难公民。".repeat(length));
        parts.put("serviceContent", "法律援助民事案件代理 700 件，包括诉讼代理与非诉讼代理。".repeat(length));
        parts.put("serviceTerm", "一年");
        parts.put("quantityAndQuality", "办结案件 700 件，结案质量评估合格率 100%。".repeat(length));
        parts.put("rightsAndObligations", "甲方提供案源与场地，乙方指派执业律师办理，按月报送办案情况。".repeat(length));
        parts.put("priceAndSettlement", "按季度验收后支付。");
        parts.put("performanceTargets", "办结案件 700 件，受援人满意率不低于 90%。".repeat(length));
        parts.put("liabilityForBreach", "乙方未按约定完成服务的，按未完成比例扣减服务费，最高扣减 20%。".repeat(length));
        return new DocumentModels.ContractData("HT-PH-FYZX-2027-001-1", "PH-FYZX-2027-001", "2027年度法律援助民事案件代理服务",
                "公开招标", PARTIES, "91330482MA2B000001", parts, "2027-01-01", "2027-12-31", new BigDecimal("1800000"),
                new BigDecimal("10000"), 30, 20, List.<String[]>of(new String[]{"1", "100%", "验收合格后支付"}),
                List.<String[]>of(new String[]{"服务效果", "办结法律援助案件", "700 件"}));
    }
}
