package de.landkreis.integrationsmonitor.report;

import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * One column of a report table.
 *
 * @param title              the German column title in the header row
 * @param widthInCharacters  a fixed width; fixed because measuring text (autoSizeColumn) depends on the fonts of
 *                           the machine and is slow on large sheets
 * @param style              picks the column's cell style from the workbook's styles
 */
record ReportColumn(String title, int widthInCharacters, Function<CellStyles, CellStyle> style) {

    static ReportColumn text(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::text);
    }

    static ReportColumn wrappedText(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::wrappedText);
    }

    static ReportColumn wholeNumber(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::wholeNumber);
    }

    static ReportColumn decimal(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::decimal);
    }

    static ReportColumn count(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::count);
    }

    static ReportColumn percent(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::percent);
    }

    static ReportColumn sign(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::sign);
    }

    static ReportColumn dateTime(String title, int widthInCharacters) {
        return new ReportColumn(title, widthInCharacters, CellStyles::dateTime);
    }
}
