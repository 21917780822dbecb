package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Writes the validation log as workbook: sheet Prüfprotokoll with one row per finding, sheet Prüfregeln with every
 * rule of the catalogue. Streaming (SXSSF), because a log of a large run holds many thousand rows.
 */
final class ValidationLogWorkbook {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter TITLE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", GERMAN);
    private static final int ROWS_IN_MEMORY = 200;

    private final MessageSource messages;
    private final RuleCatalogue catalogue;
    private final PrintLayout print;

    ValidationLogWorkbook(MessageSource messages, RuleCatalogue catalogue, PrintLayout print) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.print = print;
    }

    void write(Path file, LocalDateTime runStart, List<ValidationLogLine> lines) throws IOException {
        String title = text("log.title", runStart.format(TITLE_TIME));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                CellStyles styles = CellStyles.createIn(workbook);
                writeFindings(workbook, styles, title, lines);
                writeRules(workbook, styles);
                POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties()
                        .getCoreProperties();
                properties.setTitle(title);
                properties.setCreator(print.officeName());
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            } finally {
                // The streamed rows live in temporary files until disposed.
                workbook.dispose();
            }
        }
    }

    private void writeFindings(SXSSFWorkbook workbook, CellStyles styles, String title,
            List<ValidationLogLine> lines) {
        List<String> titles = ValidationLogLine.COLUMNS;
        ReportTable table = ReportTable.create(workbook, text("log.sheet.findings"), List.of(
                ReportColumn.wrappedText(titles.get(0), 30),
                ReportColumn.text(titles.get(1), 12),
                ReportColumn.wholeNumber(titles.get(2), 6),
                ReportColumn.text(titles.get(3), 7),
                ReportColumn.text(titles.get(4), 6),
                ReportColumn.text(titles.get(5), 12),
                ReportColumn.wrappedText(titles.get(6), 60),
                ReportColumn.wrappedText(titles.get(7), 25)), styles, print, title);
        for (ValidationLogLine line : lines) {
            table.addRow(line.file(), line.sheet(), line.row(), line.column(), line.rule(), line.severity(),
                    line.message(), line.value());
        }
        table.finish();
    }

    // Generated from the catalogue, the same texts the checks and the web pages use, so the list cannot drift.
    private void writeRules(SXSSFWorkbook workbook, CellStyles styles) {
        String sheetName = text("log.sheet.rules");
        ReportTable table = ReportTable.create(workbook, sheetName, List.of(
                ReportColumn.text(text("log.rules.column.rule"), 7),
                ReportColumn.text(text("log.rules.column.severity"), 12),
                ReportColumn.wrappedText(text("log.rules.column.checks"), 70),
                ReportColumn.wrappedText(text("log.rules.column.fix"), 60)), styles, print, sheetName);
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            table.addRow(entry.rule().code(), entry.severity().name(), entry.checks(), entry.fix());
        }
        table.finish();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, GERMAN);
    }
}
