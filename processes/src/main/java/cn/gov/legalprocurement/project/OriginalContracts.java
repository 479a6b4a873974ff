package cn.gov.legalprocurement.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contract an add-on purchase adds to (政府采购法 art. 31(3): the same supplier, the same subject,
 * all add-ons together at most {@code single-source-add-on-max-percent} of the original amount), as the
 * project and tendering stages need it. The contract feature implements it.
 */
public interface OriginalContracts {

    /** What an add-on is checked against: whose contract, with whom, for how much, for which catalogue items. */
    record Original(long contractId, String code, String title, long purchaserId, long providerId, BigDecimal amount,
                    Set<String> itemCodes, boolean signed) {
    }

    Optional<Original> original(long contractId);

    /** The unit's signed contracts, newest first: what an add-on may add to. */
    List<Original> signedOf(long purchaserId);
}
