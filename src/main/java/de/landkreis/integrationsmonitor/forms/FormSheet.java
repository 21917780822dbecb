package de.landkreis.integrationsmonitor.forms;

import java.time.LocalDate;
import de.landkreis.integrationsmonitor.report.LineEstimate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes cells of one form sheet. Every text is a plain string cell (never a formula), numbers and dates are
 * real number and date cells, so the import reads exactly what was written.
 */
final class FormSheet {

    private final Sheet sheet;

    FormSheet(Sheet sheet) {
        this.sheet = sheet;
    }

    Sheet sheet() {
        return sheet;
    }

    Cell cell(int rowIndex, int column, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** A cell with a value; null leaves it empty but styled (an input cell stays yellow and unlocked). */
    void put(int rowIndex, int column, Object value, CellStyle style) {
        Cell cell = cell(rowIndex, column, style);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value != null && !value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }

    /**
     * Makes a row as tall as its longest wrapped text, estimated from the column widths: a written row does not
     * grow by itself, and a cut-off explanation is useless on paper. Leaves rows of one line as they are.
     */
    void fitHeight(int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            return;
        }
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                lines = Math.max(lines, LineEstimate.lines(cell.getStringCellValue(),
                        sheet.getColumnWidth(cell.getColumnIndex()) / 256.0));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(LineEstimate.heightInPoints(lines));
        }
    }

    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
