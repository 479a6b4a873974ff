package cn.gov.legalprocurement.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in Chinese capital numerals (大写金额) as contracts, notices and payment certificates
 * write them: 36,000.00 → 人民币叁万陆仟元整; 100,010.50 → 人民币壹拾万零壹拾元伍角整; 100.05 →
 * 人民币壹佰元零伍分.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] IN_SECTION = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String of(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("Not an amount: " + amount);
        }
        BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        long total = fen.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int cents = (int) (total % 10);
        if (yuan >= 10_000_000_000_000_000L) { // beyond 万亿
            throw new IllegalArgumentException("Amount too large: " + amount);
        }
        StringBuilder text = new StringBuilder("人民币");
        if (yuan > 0) {
            text.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return text.append(yuan == 0 ? "零元整" : "整").toString();
        }
        if (jiao > 0) {
            text.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (cents > 0) {
            text.append(DIGITS[cents]).append('分');
        } else {
            text.append('整');
        }
        return text.toString();
    }

    private static String integer(long yuan) {
        StringBuilder out = new StringBuilder();
        int sections = 0;
        for (long rest = yuan; rest > 0; rest /= 10_000) {
            sections++;
        }
        boolean zeroPending = false;
        for (int s = sections - 1; s >= 0; s--) {
            int section = (int) (yuan / pow10k(s) % 10_000);
            if (section == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || section < 1000)) {
                out.append('零');
            }
            out.append(section(section)).append(SECTIONS[s]);
            zeroPending = false;
        }
        return out.toString();
    }

    /** 1 to 9999, with one 零 for each run of inner zeros and none at the end. */
    private static String section(int n) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int digit = n / (int) Math.pow(10, pos) % 10;
            if (digit == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS[digit]).append(IN_SECTION[pos]);
        }
        return out.toString();
    }

    private static long pow10k(int s) {
        long p = 1;
        for (int i = 0; i < s; i++) {
            p *= 10_000;
        }
        return p;
    }
}
