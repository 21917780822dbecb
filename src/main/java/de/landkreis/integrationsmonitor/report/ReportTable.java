package de.landkreis.integrationsmonitor.report;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet holding one table: a bold header row that stays in view and is printed on every page, fixed column
 * widths, and after {@link #finish()} an autofilter over all rows. Every text is written as a string cell, so a
 * value beginning with {@code =} stays text and is never a formula.
 */
final class ReportTable {

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = " …";

    private final Sheet sheet;
    private final List<ReportColumn> columns;
    private final CellStyles styles;
    private int nextRow = 1;

    private ReportTable(Sheet sheet, List<ReportColumn> columns, CellStyles styles) {
        this.sheet = sheet;
        this.columns = columns;
        this.styles = styles;
    }

    /** Creates the sheet with its header row, column widths and print set-up. */
    static ReportTable create(Workbook workbook, String sheetName, List<ReportColumn> columns, CellStyles styles,
            PrintLayout print, String title) {
        Sheet sheet = workbook.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn column = columns.get(i);
            sheet.setColumnWidth(i, column.widthInCharacters() * 256);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.title());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        print.applyTo(sheet, title, 1);
        return new ReportTable(sheet, columns, styles);
    }

    /**
     * Adds one row. A {@link Number} becomes a number cell, anything else a string cell, null an empty cell.
     */
    void addRow(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "Expected " + columns.size() + " values, got " + values.length);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            Cell cell = row.createCell(i);
            cell.setCellStyle(columns.get(i).style().apply(styles));
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(fitting(value.toString()));
            }
        }
    }

    /** Sets the autofilter over the header and every row added. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, columns.size() - 1));
    }

    // POI refuses text longer than a cell can hold (32,767 characters, rule Z01 reports such values); the log
    // shows the start of it rather than failing the whole run.
    private static String fitting(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        return text.substring(0, MAX_CELL_TEXT - CUT_MARK.length()) + CUT_MARK;
    }
}
