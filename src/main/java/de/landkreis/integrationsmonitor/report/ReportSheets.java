package de.landkreis.integrationsmonitor.report;

import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer of a report workbook needs: the workbook, its styles, the print layout and the texts.
 *
 * @param pageTitle the right part of the page header, e.g. "Bericht 2025"; the sheet name is appended
 */
record ReportSheets(XSSFWorkbook workbook, CellStyles styles, PrintLayout print, ReportTexts texts,
                    String pageTitle) {

    /** DIN 55301: a value that is unknown or not given. */
    static final String UNKNOWN = ".";
    /** DIN 55301: no meaningful value (a share without base, a topic not valid in a year). */
    static final String NOT_MEANINGFUL = "x";
    /** DIN 55301: nothing there. */
    static final String NOTHING = "–";

    String pageTitleOf(String sheetName) {
        return texts.get("report.page.title", pageTitle, sheetName);
    }

    /** A number, or {@code x} where there is none. */
    static Object orNotMeaningful(OptionalDouble value) {
        return value.isPresent() ? (Object) value.getAsDouble() : NOT_MEANINGFUL;
    }

    /** The coverage signs, which the text font (Arial) lacks in part. */
    private static final String SIGNS = "●◐○";

    /**
     * Sets the signs {@code ●◐○} inside a text cell in the sign font ({@link CellStyles#SIGN_FONT}), the rest in the
     * cell's own font: Arial has no ◐, and a fallback font chosen by the viewer draws it half as wide or not at all.
     */
    void signsInSignFont(Cell cell) {
        String text = cell.getStringCellValue();
        XSSFRichTextString rich = new XSSFRichTextString(text);
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            if (SIGNS.indexOf(text.charAt(i)) >= 0) {
                rich.applyFont(i, i + 1, workbook.getFontAt(styles.sign().getFontIndex()));
                any = true;
            }
        }
        if (any) {
            cell.setCellValue(rich);
        }
    }

    /** Free text outside the tables (titles, statements, legends) as a plain string cell. */
    static Cell text(Sheet sheet, int rowIndex, String text, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }
}
