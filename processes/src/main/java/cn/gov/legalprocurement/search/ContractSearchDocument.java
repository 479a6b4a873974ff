package cn.gov.legalprocurement.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the contracts index holds about one contract; money in fen. */
public record ContractSearchDocument(long id, String code, String projectCode, String title, String fullText,
                                     String status, String method, String methodLabel, long purchaserId,
                                     String purchaserName, long providerId, String providerName, String catalogueClass,
                                     String catalogueClassName, List<String> catalogueItems, String jurisdiction,
                                     long amountFen, long paidFen, int fiscalYear, Instant signedAt, Instant publishedAt,
                                     LocalDate termStart, LocalDate termEnd, Double deliveryRatio, Double acceptanceScore,
                                     Double satisfaction, boolean published) {
}
