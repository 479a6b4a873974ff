package cn.gov.legalprocurement.documents;

import cn.gov.legalprocurement.shared.ChineseAmount;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values each template is filled with, built from plain data the services collect. Amounts
 * appear in figures (with thousands separators) and, where a template says so, in capital numerals.
 */
public final class DocumentModels {

    /** Who signs, and how the signature reads once given (empty for a blank line to sign by hand). */
    public record Parties(String purchaserName, String providerName, String purchaserSignature, String providerSignature) {
    }

    public record ContractData(String contractCode, String projectCode, String title, String method,
                               Parties parties, String providerCreditCode, Map<String, String> parts, String termStart,
                               String termEnd, BigDecimal amount, BigDecimal performanceBond, int paymentDays,
                               int shortfallDeductionPercent, List<String[]> instalments, List<String[]> indicators) {
    }

    /**
     * A procurement notice: the purchaser and how to reach it, the project, the scoring, the documents
     * (to the invited only in an invited tender; on sale for at least {@code documentsWorkingDays}, 0 where the
 * method sets no minimum), the deadline,
     * inquiries and challenges.
     */
    public record NoticeData(String projectCode, String title, String purchaserName, String purchaserAddress,
                             String purchaserContact, String method, BigDecimal budget, String serviceRecipients,
                             String termStart, String termEnd, int priceWeight, String smeDeduction,
                             boolean smeReserved, String smeWaiver,
                             String technicalCriteria, String bidDeadline, boolean invitedOnly, int documentsWorkingDays,
                             BigDecimal bidBond, int bondRefundDays, int inquiryDays, int challengeDays, String publishedOn) {
    }

    public record AwardData(String projectCode, String title, String purchaserName, String method, String providerName,
                            BigDecimal amount, List<String[]> ranking, int announcementDays, String announcementEnds,
                            int challengeDays, String challengeWindowEnds, String publishedOn) {
    }

    public record AcceptanceData(String contractCode, String title, Parties parties, int roundNo, String evaluatedOn,
                                 List<String[]> delivery, BigDecimal processScore, BigDecimal resultsScore,
                                 BigDecimal socialScore, boolean passed, String opinion, String recipientRepresentatives,
                                 String thirdParty, int processMax, int resultsMax, int socialMax) {
    }

    public record PaymentData(String contractCode, String title, Parties parties, int instalmentSeq, int percentage,
                              BigDecimal grossAmount, BigDecimal deduction, BigDecimal netAmount, BigDecimal lateInterest,
                              String dueDate, String releasedOn, String voucherNo, String approvedBy, String releasedBy) {
    }

    private DocumentModels() {
    }

    public static Map<String, String> contract(ContractData d) {
        Map<String, String> v = parties(d.parties());
        v.put("contractCode", d.contractCode());
        v.put("projectCode", d.projectCode());
        v.put("title", d.title());
        v.put("method", d.method());
        v.put("providerCreditCode", nullToDash(d.providerCreditCode()));
        d.parts().forEach((k, text) -> v.put(k, nullToDash(text)));
        v.put("termStart", d.termStart());
        v.put("termEnd", d.termEnd());
        v.put("amount", figures(d.amount()));
        v.put("amountInWords", ChineseAmount.of(d.amount()));
        v.put("performanceBond", figures(d.performanceBond()));
        v.put("paymentDays", String.valueOf(d.paymentDays()));
        v.put("shortfallDeductionPercent", String.valueOf(d.shortfallDeductionPercent()));
        v.put("instalmentRows", rows(d.instalments()));
        v.put("indicatorRows", rows(d.indicators()));
        return v;
    }

    public static Map<String, String> procurementNotice(NoticeData d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("projectCode", d.projectCode());
        v.put("title", d.title());
        v.put("purchaserName", d.purchaserName());
        v.put("purchaserAddress", d.purchaserAddress());
        v.put("purchaserContact", d.purchaserContact());
        v.put("method", d.method());
        v.put("budget", figures(d.budget()));
        v.put("budgetInWords", ChineseAmount.of(d.budget()));
        v.put("serviceRecipients", d.serviceRecipients());
        v.put("termStart", d.termStart());
        v.put("termEnd", d.termEnd());
        v.put("priceWeight", String.valueOf(d.priceWeight()));
        v.put("smePolicy", d.smeReserved()
                ? "本项目专门面向中小企业采购（财库〔2020〕46号），只接受中型、小型和微型企业的响应，不再对小型和微型企业的报价给予价格扣除。"
                : (d.smeWaiver() == null ? "" : "本项目不专门面向中小企业采购，理由：" + d.smeWaiver() + "。")
                + "小型和微型企业的报价给予 " + d.smeDeduction() + "% 的扣除后参与评审。");
        v.put("technicalCriteria", d.technicalCriteria());
        v.put("bidDeadline", d.bidDeadline());
        v.put("invitedOnly", d.invitedOnly()
                ? "本项目为邀请招标，采购文件只向从合格供应商中随机抽取的受邀供应商提供，只接受受邀供应商的投标。" : "");
        v.put("documentsMinimum", d.documentsWorkingDays() > 0 ? "（不少于 " + d.documentsWorkingDays() + " 个工作日）" : "");
        v.put("bidBond", d.bidBond() == null || d.bidBond().signum() == 0 ? "本项目不收取投标保证金。"
                : "人民币 " + ChineseAmount.of(d.bidBond()) + "（¥" + figures(d.bidBond()) + "），于响应文件提交截止时间前以转账、"
                + "支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式提交（政府采购法实施条例第三十三条）。"
                + "未中标（成交）供应商的保证金自中标（成交）通知书发出之日起 " + d.bondRefundDays() + " 个工作日内退还，"
                + "中标（成交）供应商的保证金自采购合同签订之日起 " + d.bondRefundDays() + " 个工作日内退还；采购终止的，"
                + "自终止之日起 " + d.bondRefundDays() + " 个工作日内退还。");
        v.put("inquiryDays", String.valueOf(d.inquiryDays()));
        v.put("challengeDays", String.valueOf(d.challengeDays()));
        v.put("publishedOn", d.publishedOn());
        return v;
    }

    public static Map<String, String> awardNotice(AwardData d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("projectCode", d.projectCode());
        v.put("title", d.title());
        v.put("purchaserName", d.purchaserName());
        v.put("method", d.method());
        v.put("providerName", d.providerName());
        v.put("amount", figures(d.amount()));
        v.put("amountInWords", ChineseAmount.of(d.amount()));
        v.put("rankingRows", rows(d.ranking()));
        v.put("announcementDays", String.valueOf(d.announcementDays()));
        v.put("announcementEnds", d.announcementEnds());
        v.put("challengeDays", String.valueOf(d.challengeDays()));
        v.put("challengeWindowEnds", d.challengeWindowEnds());
        v.put("publishedOn", d.publishedOn());
        return v;
    }

    public static Map<String, String> acceptanceReport(AcceptanceData d) {
        Map<String, String> v = parties(d.parties());
        v.put("contractCode", d.contractCode());
        v.put("title", d.title());
        v.put("roundNo", String.valueOf(d.roundNo()));
        v.put("evaluatedOn", d.evaluatedOn());
        v.put("deliveryRows", rows(d.delivery()));
        v.put("processScore", d.processScore().toPlainString());
        v.put("resultsScore", d.resultsScore().toPlainString());
        v.put("socialScore", d.socialScore().toPlainString());
        v.put("totalScore", d.processScore().add(d.resultsScore()).add(d.socialScore()).toPlainString());
        v.put("processMax", String.valueOf(d.processMax()));
        v.put("resultsMax", String.valueOf(d.resultsMax()));
        v.put("socialMax", String.valueOf(d.socialMax()));
        v.put("totalMax", String.valueOf(d.processMax() + d.resultsMax() + d.socialMax()));
        v.put("conclusion", d.passed() ? "验收合格。" : "验收不合格，承接主体应当限期整改后重新验收。");
        v.put("opinion", d.opinion());
        v.put("recipientRepresentatives", d.recipientRepresentatives());
        v.put("thirdParty", nullToDash(d.thirdParty()));
        return v;
    }

    public static Map<String, String> paymentCertificate(PaymentData d) {
        Map<String, String> v = parties(d.parties());
        v.put("contractCode", d.contractCode());
        v.put("title", d.title());
        v.put("instalmentSeq", String.valueOf(d.instalmentSeq()));
        v.put("percentage", String.valueOf(d.percentage()));
        v.put("grossAmount", figures(d.grossAmount()));
        v.put("deduction", figures(d.deduction()));
        v.put("netAmount", figures(d.netAmount()));
        v.put("netAmountInWords", ChineseAmount.of(d.netAmount()));
        v.put("lateInterest", figures(d.lateInterest() == null ? BigDecimal.ZERO : d.lateInterest()));
        v.put("dueDate", d.dueDate());
        v.put("releasedOn", nullToDash(d.releasedOn()));
        v.put("voucherNo", nullToDash(d.voucherNo()));
        v.put("approvedBy", nullToDash(d.approvedBy()));
        v.put("releasedBy", nullToDash(d.releasedBy()));
        return v;
    }

    /** 1234567.5 → 1,234,567.50 */
    public static String figures(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    private static Map<String, String> parties(Parties p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("purchaserName", p.purchaserName());
        v.put("providerName", p.providerName());
        v.put("purchaserSignature", p.purchaserSignature() == null ? "" : p.purchaserSignature());
        v.put("providerSignature", p.providerSignature() == null ? "" : p.providerSignature());
        return v;
    }

    /** Table rows in template markup, one per line. */
    private static String rows(List<String[]> rows) {
        return rows.stream().map(cells -> "| " + String.join(" | ", cells) + " |").collect(Collectors.joining("\n"));
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
