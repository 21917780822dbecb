package de.landkreis.integrationsmonitor.report;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet holding one table: a bold header row that stays in view and is printed on every page, fixed column
 * widths, rows as tall as their wrapped texts, and after {@link #finish()} an autofilter over all rows. Every text is written as a string cell, so a
 * value beginning with {@code =} stays text and is never a formula.
 */
final class ReportTable {

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = " …";
    private static final double BOLD = 0.9;

    private final Sheet sheet;
    private final List<ReportColumn> columns;
    private final CellStyles styles;
    private final int firstColumn;
    private int nextRow;

    private ReportTable(Sheet sheet, List<ReportColumn> columns, CellStyles styles, int headerRow, int firstColumn) {
        this.sheet = sheet;
        this.columns = columns;
        this.styles = styles;
        this.firstColumn = firstColumn;
        this.nextRow = headerRow + 1;
        writeHeader(headerRow);
    }

    /** Creates the sheet with its header row, column widths and print set-up. */
    static ReportTable create(Workbook workbook, String sheetName, List<ReportColumn> columns, CellStyles styles,
            PrintLayout print, String title) {
        return create(workbook, sheetName, columns, styles, print, title, 0);
    }

    /**
     * Like {@link #create(Workbook, String, List, CellStyles, PrintLayout, String)}, with the first columns
     * frozen beside the header row (AGS and Gemeinde stay in view when scrolling across a wide table).
     */
    static ReportTable create(Workbook workbook, String sheetName, List<ReportColumn> columns, CellStyles styles,
            PrintLayout print, String title, int frozenColumns) {
        Sheet sheet = workbook.createSheet(sheetName);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).widthInCharacters() * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        print.applyTo(sheet, title, 1);
        return new ReportTable(sheet, columns, styles, 0, 0);
    }

    /**
     * A further table on a sheet that holds several (an overview): its header row at {@code headerRow}, the
     * sheet's column widths and print set-up left as they are.
     */
    static ReportTable startAt(Sheet sheet, int headerRow, List<ReportColumn> columns, CellStyles styles) {
        return startAt(sheet, headerRow, 0, columns, styles);
    }

    /** Like {@link #startAt(Sheet, int, List, CellStyles)}, its first column at the 0-based {@code firstColumn}. */
    static ReportTable startAt(Sheet sheet, int headerRow, int firstColumn, List<ReportColumn> columns,
            CellStyles styles) {
        return new ReportTable(sheet, columns, styles, headerRow, firstColumn);
    }

    private void writeHeader(int headerRow) {
        Row header = sheet.getRow(headerRow) == null ? sheet.createRow(headerRow) : sheet.getRow(headerRow);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(firstColumn + i);
            String title = columns.get(i).title();
            cell.setCellValue(title);
            cell.setCellStyle(styles.header());
            // Bold text is about a tenth wider than regular text.
            lines = Math.max(lines, LineEstimate.lines(title, sheet.getColumnWidth(firstColumn + i) / 256.0 * BOLD));
        }
        if (lines > 1) {
            header.setHeightInPoints(LineEstimate.heightInPoints(lines));
        }
    }

    /**
     * Adds one row. A {@link Number} becomes a number cell, a {@link LocalDateTime} a date cell, anything else a
     * string cell, null an empty cell; a {@link ReportCell} brings its own style instead of the column's.
     */
    void addRow(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "Expected " + columns.size() + " values, got " + values.length);
        }
        Row row = sheet.getRow(nextRow) == null ? sheet.createRow(nextRow) : sheet.getRow(nextRow);
        nextRow++;
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            Cell cell = row.createCell(firstColumn + i);
            cell.setCellStyle(columns.get(i).style().apply(styles));
            if (value instanceof ReportCell styled) {
                cell.setCellStyle(styled.style().apply(styles));
                value = styled.value();
            }
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
            } else if (value != null) {
                String text = fitting(value.toString());
                cell.setCellValue(text);
                if (cell.getCellStyle().getWrapText()) {
                    lines = Math.max(lines, LineEstimate.lines(text, sheet.getColumnWidth(firstColumn + i) / 256.0));
                }
            }
        }
        // Neither Excel nor LibreOffice grows a row of a written file to its wrapped text: without a height the
        // lines of a long message are cut off or print over the next row.
        if (lines > 1) {
            row.setHeightInPoints(LineEstimate.heightInPoints(lines));
        }
    }

    Sheet sheet() {
        return sheet;
    }

    /** The 0-based index of the row {@link #addRow} writes next. */
    int nextRowIndex() {
        return nextRow;
    }

    /** Sets the autofilter over the header and every row added. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, firstColumn, firstColumn + columns.size() - 1));
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
