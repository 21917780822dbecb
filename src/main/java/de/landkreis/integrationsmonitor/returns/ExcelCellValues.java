package de.landkreis.integrationsmonitor.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the typed values of a workbook cell into a {@link CellValue} whose text is what German Excel shows.
 * Shared by the XLSX and XLS readers so both formats give the same values. Not thread-safe (DataFormatter).
 */
final class ExcelCellValues {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    private static final int GENERAL_FORMAT = 0;

    private final DataFormatter formatter = new DataFormatter(Locale.GERMANY);
    private final boolean date1904;

    ExcelCellValues(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A numeric cell (or cached formula result); a date format makes it a date. */
    CellValue numeric(double value, int formatIndex, String formatString) {
        if (formatString == null) {
            return numeric(value, GENERAL_FORMAT, "General");
        }
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, date1904).toLocalDate());
        }
        return new CellValue(formatter.formatRawCellContents(value, formatIndex, formatString, date1904), value, null);
    }

    static CellValue date(LocalDate date) {
        return new CellValue(date.format(GERMAN_DATE), null, date);
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
