package de.landkreis.integrationsmonitor.returns;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as municipalities write them (RETURNS.md §4): a real Excel date, {@code 31.12.2025}, {@code 31.12.25}
 * (two-digit years are 20yy), {@code 2025-12-31}, or an Excel serial number from a CSV export.
 */
public final class DateText {

    private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /*
     * A serial number is only taken as a date between 1950 and 2099: a year (2025) or a count in a date column is
     * an error to report, not a date in 1905.
     */
    private static final double FIRST_SERIAL = DateUtil.getExcelDate(LocalDate.of(1950, 1, 1));
    private static final double LAST_SERIAL = DateUtil.getExcelDate(LocalDate.of(2099, 12, 31));

    private DateText() {
    }

    /** The date of a cell: its Excel date, else its text, else its number read as an Excel serial. */
    public static Optional<LocalDate> of(CellValue value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.date() != null) {
            return Optional.of(value.date());
        }
        Optional<LocalDate> fromText = parse(value.text());
        if (fromText.isPresent() || value.number() == null) {
            return fromText;
        }
        return serial(value.number());
    }

    /** The date a text means, including a serial number written as text. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = NumberText.bare(text);
        Matcher german = GERMAN.matcher(s);
        if (german.matches()) {
            int year = Integer.parseInt(german.group(3));
            return date(german.group(3).length() == 2 ? 2000 + year : year,
                    Integer.parseInt(german.group(2)), Integer.parseInt(german.group(1)));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        return NumberText.parse(s, DecimalConvention.COMMA).map(BigDecimal::doubleValue).flatMap(DateText::serial);
    }

    private static Optional<LocalDate> serial(double serial) {
        if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
            return Optional.empty();
        }
        return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
