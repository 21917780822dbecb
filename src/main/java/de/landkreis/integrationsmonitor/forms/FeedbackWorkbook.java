package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.report.LineEstimate;
import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.report.TextFont;
import de.landkreis.integrationsmonitor.report.WorkbookFiles;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.io.IOException;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one Rückfrage workbook: a sheet with the cover text line by line, then a table with one row per finding
 * (file, sheet, cell as Excel's name box takes it, the value as sent, the finding, the rule in plain words and how
 * to fix it). Every text is a plain string cell, so a value sent as {@code =A1} stays text. Printed A4 landscape,
 * one page wide, the table's header repeated on every page, the table with its own borders and no gridlines.
 */
final class FeedbackWorkbook {

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // Narrow enough that the table prints one page wide at about 85 % (Arial 10 at 8.5 points); long texts wrap.
    private static final int ROWS_IN_MEMORY = 200;
    private static final int[] WIDTHS = {4, 13, 24, 12, 14, 16, 38, 28, 30};


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
        // Streamed: only a window of rows stays in memory, so a municipality with 100,000 findings (a faulty file
        // of thousands of rows, sent several times) is written like one with ten; the rest waits compressed in
        // the application's private temp folder until the file is written.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            try {
                write(workbook, file, printTitle, cover, lines, fileName);
            } finally {
                // close() leaves the rows written aside: they hold the findings' values, personal data.
                workbook.dispose();
            }
        }
    }

    private void write(SXSSFWorkbook workbook, Path file, String printTitle, List<String> cover,
                       List<FeedbackLine> lines, Function<Finding, String> fileName) throws IOException {
        Styles styles = Styles.createIn(workbook);
        var sheet = workbook.createSheet(texts.text("forms.feedback.sheet"));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int row = 0;
        for (int i = 0; i < cover.size(); i++) {
            var coverRow = sheet.createRow(row++);
            var cell = coverRow.createCell(0);
            cell.setCellValue(fitting(cover.get(i)));
            cell.setCellStyle(i == 0 ? styles.title() : styles.plain());
            if (i == 0) {
                // The 14-point title needs a taller row than the default.
                coverRow.setHeightInPoints(FormStyles.TITLE_ROW_POINTS);
            }
        }
        row++;
        int headerRow = row;
        var header = sheet.createRow(row++);
        String[] titles = {"no", "severity", "file", "sheet", "cell", "value", "message", "rule", "fix"};
        int headerLines = 1;
        for (int i = 0; i < titles.length; i++) {
            var cell = header.createCell(i);
            String title = texts.text("forms.feedback.column." + titles[i]);
            cell.setCellValue(title);
            cell.setCellStyle(styles.header());
            // Bold text is about a tenth wider than regular text.
            headerLines = Math.max(headerLines, LineEstimate.lines(title, WIDTHS[i] * 0.9));
        }
        header.setHeightInPoints(LineEstimate.heightInPoints(headerLines));
        int number = 0;
        for (FeedbackLine line : lines) {
            Finding f = line.finding();
            RuleCatalogue.Entry rule = catalogue.entry(f.rule());
            var r = sheet.createRow(row++);
            String[] values = {String.valueOf(++number), texts.text("severity." + f.severity().name()),
                    fileName.apply(f), f.location().sheet(), f.location().cellReference(), f.value(), f.message(),
                    f.rule().code() + " – " + rule.checks(), rule.fix()};
            int height = 1;
            for (int i = 0; i < values.length; i++) {
                var cell = r.createCell(i);
                cell.setCellStyle(styles.wrapped());
                if (values[i] != null && !values[i].isEmpty()) {
                    cell.setCellValue(fitting(values[i]));
                    height = Math.max(height, LineEstimate.lines(values[i], WIDTHS[i]));
                }
            }
            // A written row does not grow to its wrapped text by itself; without a height the lines are cut.
            r.setHeightInPoints(LineEstimate.heightInPoints(height));
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(row - 1, headerRow), 0, titles.length - 1));
        print.applyTo(sheet, printTitle, 0);
        // Only the table's header repeats on each page, not the cover text above it.
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(cover.get(0));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(print.officeName());
        WorkbookFiles.save(workbook, file);
    }

    // A cell holds at most 32,767 characters (rule Z01 reports longer values); the start of the text is enough.
    private static String fitting(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 2) + " …";
    }

    private record Styles(CellStyle title, CellStyle plain, CellStyle header, CellStyle wrapped) {

        static Styles createIn(Workbook workbook) {
            TextFont.useAsDefault(workbook);
            Font bold = TextFont.create(workbook, true, TextFont.POINTS);
            Font large = TextFont.create(workbook, true, 14);
            CellStyle title = text(workbook);
            title.setFont(large);
            CellStyle header = text(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);
            CellStyle wrapped = text(workbook);
            wrapped.setWrapText(true);
            borders(wrapped);
            return new Styles(title, text(workbook), header, wrapped);
        }

        // The table has its own borders; the sheet's gridlines are not printed, so the cover text reads as a letter.
        private static void borders(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }

        private static CellStyle text(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
