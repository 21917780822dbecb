package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back the way the tests compare it. */
final class WorkbookReading {

    private WorkbookReading() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A string cell as its text, a number cell as Double, a blank or missing cell as null. */
    static Object value(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            default -> throw new AssertionError("unexpected cell type " + cell.getCellType() + " at "
                    + cell.getAddress());
        };
    }

    static String text(Sheet sheet, int row, int column) {
        return (String) value(sheet, row, column);
    }

    static double number(Sheet sheet, int row, int column) {
        return (Double) value(sheet, row, column);
    }

    /** The 0-based row whose first cell is the given text (an AGS, a label). */
    static int rowOf(Sheet sheet, String firstCell) {
        return rowWith(sheet, 0, firstCell);
    }

    /** The 0-based row whose second cell (Gemeinde, label of a total row) is the given text. */
    static int rowOfLabel(Sheet sheet, String label) {
        return rowWith(sheet, 1, label);
    }

    private static int rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    /** Every row as the texts and numbers of its cells, for messages and whole-sheet searches. */
    static List<String> allTexts(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
                }
            }
        }
        return texts;
    }
}
