package de.landkreis.integrationsmonitor.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The German texts of the reports from the message bundle, and dates and numbers written the German way. */
final class ReportTexts {

    static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", GERMAN);

    private final MessageSource messages;
    private final ZoneId zone;

    /** @param zone the district's time zone, in which every date and time is shown */
    ReportTexts(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, GERMAN);
    }

    String date(LocalDate date) {
        return date.format(DATE);
    }

    String date(Instant instant) {
        return local(instant).format(DATE);
    }

    String dateTime(Instant instant) {
        return local(instant).format(DATE_TIME);
    }

    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /**
     * A number with a fixed count of decimals, German style, e.g. {@code 26,92}: rounded as Excel and LibreOffice
     * show the same number in a cell (15 significant digits, then half away from zero), so a sentence and the cell
     * beside it never differ by 0,01.
     */
    String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value).round(new MathContext(15, RoundingMode.HALF_EVEN)));
    }

    /** A share as percent with one decimal, German style, e.g. {@code 79,5 %}. */
    String percent(double share) {
        return decimal(share * 100, 1) + " %";
    }

    /** A whole number with German thousands separator, e.g. {@code 49.896}. */
    String number(long value) {
        return NumberFormat.getIntegerInstance(GERMAN).format(value);
    }
}
