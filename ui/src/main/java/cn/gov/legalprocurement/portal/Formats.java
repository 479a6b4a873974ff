package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.shared.PortalClock;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes dates, amounts and the time left to a statutory deadline. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : PortalClock.minutes(instant);
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    /** "剩 2 天 3 小时" / "2 d 3 h left", or "已逾期 1 天" / "1 d overdue"; empty without a due date. */
    public static String countdown(Instant due, Instant now, Locale locale) {
        if (due == null) {
            return "";
        }
        boolean english = PortalI18n.isEnglish(locale);
        Duration left = Duration.between(now, due);
        Duration abs = left.abs();
        long days = abs.toDays();
        long hours = abs.minusDays(days).toHours();
        long minutes = abs.minusDays(days).minusHours(hours).toMinutes();
        String span = days > 0 ? (english ? days + " d " + hours + " h" : days + " 天 " + hours + " 小时")
                : (english ? hours + " h " + minutes + " min" : hours + " 小时 " + minutes + " 分");
        if (left.isNegative()) {
            return english ? span + " overdue" : "已逾期 " + span;
        }
        return english ? span + " left" : "剩 " + span;
    }

    /** overdue, due within the warning window, or fine: drives the colour of a due date. */
    public static String urgency(Instant due, Instant now, Duration warning) {
        if (due == null) {
            return "";
        }
        if (due.isBefore(now)) {
            return "overdue";
        }
        return due.isBefore(now.plus(warning)) ? "due-soon" : "";
    }
}
