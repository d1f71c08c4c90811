package io.pipewright.nodes.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Recognises ISO-8601 dates ("2024-03-01") and date-times ("2024-03-01T12:30:00", a space instead of
 * the T, an optional offset) and turns them into the milliseconds Weka stores for a date attribute.
 * Local times are taken in the system time zone, as Weka's own date parsing does.
 */
final class IsoDates {
    static final String DATE_FORMAT = "yyyy-MM-dd";
    static final String DATE_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

    private IsoDates() {
    }

    /** True when the text has the shape of an ISO date, checked before the slower full parse. */
    static boolean looksLikeDate(String text) {
        return text.length() >= 10 && text.length() <= 35 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(9));
    }

    static boolean hasTime(String text) {
        return text.length() > 10;
    }

    /** Milliseconds since the epoch, or NaN when the text is not an ISO date or date-time. */
    static double toMillis(String text) {
        if (!looksLikeDate(text)) {
            return Double.NaN;
        }
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            if (iso.charAt(10) != 'T') {
                return Double.NaN;
            }
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
