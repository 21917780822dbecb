package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one Rückfrage workbook: a sheet with the cover text line by line, then a table with one row per finding
 * (file, sheet, cell as Excel's name box takes it, the value as sent, the finding, the rule in plain words and how
 * to fix it). Every text is a plain string cell, so a value sent as {@code =A1} stays text. Printed A4 landscape,
 * one page wide, the table's header repeated on every page.
 */
final class FeedbackWorkbook {

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int[] WIDTHS = {5, 22, 36, 14, 14, 22, 50, 40, 40};

    private final FormTexts texts;
    private final RuleCatalogue catalogue;
    private final PrintLayout print;

    FeedbackWorkbook(FormTexts texts, RuleCatalogue catalogue, PrintLayout print) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.print = print;
    }

    /**
     * @param cover     the cover text, one line per row; the first is the title
     * @param fileName  how the file of a finding is named: for a municipality its file name, for the analyst the
     *                  path in the inbox
     */
    void write(Path file, String printTitle, List<String> cover, List<FeedbackLine> lines,
               Function<Finding, String> fileName) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = Styles.createIn(workbook);
            var sheet = workbook.createSheet(texts.text("forms.feedback.sheet"));
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int row = 0;
            for (int i = 0; i < cover.size(); i++) {
                var cell = sheet.createRow(row++).createCell(0);
                cell.setCellValue(fitting(cover.get(i)));
                cell.setCellStyle(i == 0 ? styles.title() : styles.plain());
            }
            row++;
            int headerRow = row;
            var header = sheet.createRow(row++);
            String[] titles = {"no", "severity", "file", "sheet", "cell", "value", "message", "rule", "fix"};
            for (int i = 0; i < titles.length; i++) {
                var cell = header.createCell(i);
                cell.setCellValue(texts.text("forms.feedback.column." + titles[i]));
                cell.setCellStyle(styles.header());
            }
            int number = 0;
            for (FeedbackLine line : lines) {
                Finding f = line.finding();
                RuleCatalogue.Entry rule = catalogue.entry(f.rule());
                var r = sheet.createRow(row++);
                String[] values = {String.valueOf(++number), texts.text("severity." + f.severity().name()),
                        fileName.apply(f), f.location().sheet(), cellReference(f), f.value(), f.message(),
                        f.rule().code() + " – " + rule.checks(), rule.fix()};
                for (int i = 0; i < values.length; i++) {
                    var cell = r.createCell(i);
                    cell.setCellStyle(styles.wrapped());
                    if (values[i] != null && !values[i].isEmpty()) {
                        cell.setCellValue(fitting(values[i]));
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(row - 1, headerRow), 0, titles.length - 1));
            print.applyTo(sheet, printTitle, 1);
            // Only the table's header repeats on each page, not the cover text above it.
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            workbook.getProperties().getCoreProperties().setTitle(cover.get(0));
            workbook.getProperties().getCoreProperties().setCreator(print.officeName());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** {@code Personal!D7}; for CSV {@code D7}; the sheet alone or nothing where a finding names no cell. */
    private static String cellReference(Finding finding) {
        return finding.location().cellReference();
    }

    // A cell holds at most 32,767 characters (rule Z01 reports longer values); the start of the text is enough.
    private static String fitting(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 2) + " …";
    }

    private record Styles(CellStyle title, CellStyle plain, CellStyle header, CellStyle wrapped) {

        static Styles createIn(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            CellStyle title = text(workbook);
            title.setFont(large);
            CellStyle header = text(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle wrapped = text(workbook);
            wrapped.setWrapText(true);
            return new Styles(title, text(workbook), header, wrapped);
        }

        private static CellStyle text(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
