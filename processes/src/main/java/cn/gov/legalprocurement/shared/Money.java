package cn.gov.legalprocurement.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money: yuan as BigDecimal with scale 2 (fen). Never floating point. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** The largest amount the portal takes (just under a trillion yuan; the columns hold 17 digits). */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal yuan(String amount) {
        return normalise(new BigDecimal(amount));
    }

    public static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    /** Rounds half-up to fen. */
    public static BigDecimal normalise(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Fen (as the search index and the DMN keep money) back to yuan with two decimals. */
    public static BigDecimal ofFen(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static long toFen(BigDecimal amount) {
        return normalise(amount).movePointRight(2).longValueExact();
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return normalise(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    public static BigDecimal percentOf(BigDecimal amount, int percent) {
        return percentOf(amount, BigDecimal.valueOf(percent));
    }

    /** Validates a user-entered amount: present, positive, at most two decimals, at most {@link #MAX}. */
    public static BigDecimal requirePositive(String field, BigDecimal amount) {
        if (amount == null) {
            throw PortalException.invalid(field, "error.required");
        }
        if (amount.signum() <= 0) {
            throw PortalException.invalid(field, "error.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw PortalException.invalid(field, "error.amount.scale");
        }
        if (amount.compareTo(MAX) > 0) {
            throw PortalException.invalid(field, "error.amount.too-large", MAX);
        }
        return normalise(amount);
    }
}
