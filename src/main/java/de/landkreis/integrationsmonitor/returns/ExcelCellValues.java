package de.landkreis.integrationsmonitor.returns;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the typed values of a workbook cell into a {@link CellValue} whose text is what German Excel shows.
 * Shared by the XLSX, XLS and ODS readers so all formats give the same values. A time of day alone is no date:
 * in a date column it is P05 (RETURNS.md §2). Not thread-safe (DataFormatter).
 */
final class ExcelCellValues {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    private static final int GENERAL_FORMAT = 0;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(.+))?");
    /** Spreadsheets count days from 30/31 December 1899; a date-time on such a day is a time of day alone. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    private final DataFormatter formatter = new DataFormatter(Locale.GERMANY);
    private final boolean date1904;

    ExcelCellValues(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A numeric cell (or cached formula result); a date format makes it a date, unless it is a time of day. */
    CellValue numeric(double value, int formatIndex, String formatString) {
        if (formatString == null) {
            return numeric(value, GENERAL_FORMAT, "General");
        }
        if (value >= 1 && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, date1904).toLocalDate());
        }
        return new CellValue(formatter.formatRawCellContents(value, formatIndex, formatString, date1904), value, null);
    }

    static CellValue date(LocalDate date) {
        return new CellValue(date.format(GERMAN_DATE), null, date);
    }

    /**
     * An ISO 8601 date or date-time, as date cells of Strict Open XML ({@code t="d"}) and of OpenDocument
     * ({@code office:date-value}) hold it: the date counts. A time alone, or a date-time on the spreadsheets' day
     * zero, is the time as text; an impossible date is its text too.
     */
    static CellValue isoDate(String iso) {
        Matcher matcher = ISO_DATE.matcher(iso);
        if (!matcher.matches()) {
            return CellValue.text(iso);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            if (date.isBefore(FIRST_DAY) && matcher.group(4) != null) {
                return CellValue.text(matcher.group(4));
            }
            return date(date);
        } catch (DateTimeException e) {
            return CellValue.text(iso);
        }
    }

    /** A text cell; a number typed as text ({@code '0,5}) is understood under the German convention. */
    static CellValue text(String text) {
        Double number = NumberText.parse(text, DecimalConvention.COMMA).map(BigDecimal::doubleValue).orElse(null);
        return new CellValue(text, number, null);
    }

    /** Booleans as German Excel shows them. */
    static CellValue bool(boolean value) {
        return CellValue.text(value ? "WAHR" : "FALSCH");
    }
}
