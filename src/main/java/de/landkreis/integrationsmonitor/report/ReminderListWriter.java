package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the reminder list {@code <reports>/<year>/Nachforderungen_<year>.xlsx} for the analysts: every
 * municipality whose Rücklauf status is not {@code vollständig}, with what is missing, the rule codes of its
 * errors, the contact e-mail of its last return and its address in the office directory. Internal: unlike the
 * committee report it holds personal data.
 */
@Component
public class ReminderListWriter {

    private final ReminderRows rows;
    private final District district;
    private final ReportTexts texts;
    private final PrintLayout layout;

    ReminderListWriter(ReminderRows rows, District district, MessageSource messages, Clock clock) {
        this.rows = rows;
        this.district = district;
        this.texts = new ReportTexts(messages, clock.getZone());
        this.layout = PrintLayout.forReport(district.officeName(), messages);
    }

    /**
     * Writes the list of a year whose figures the run computed once for the report.
     *
     * @param dataAsOf when the run whose data the list shows started (the Datenstand in the footer)
     * @return the written file, replacing an earlier one of the same year
     */
    public Path write(Path reportsDir, YearFigures current, Instant dataAsOf) throws IOException {
        int year = current.year();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, current, rows.of(current), dataAsOf);
            return WorkbookFiles.save(workbook, reminderFile(reportsDir, year));
        }
    }

    /** Where the reminder list of a year lies: beside the committee report, internal all the same. */
    public static Path reminderFile(Path reportsDir, int year) {
        return reportsDir.resolve(String.valueOf(year)).resolve("Nachforderungen_" + year + ".xlsx");
    }

    private void fill(XSSFWorkbook workbook, YearFigures current, List<ReminderRows.Row> reminders,
            Instant dataAsOf) {
        String title = texts.get("report.reminder.title", String.valueOf(current.year()));
        PrintLayout print = layout.withFooterRight(texts.get("report.dataAsOf", texts.dateTime(dataAsOf)));
        ReportTable table = ReportTable.create(workbook, texts.get("report.reminder.sheet"), List.of(
                ReportColumn.text(texts.get("report.column.ags"), 10),
                ReportColumn.text(texts.get("report.column.municipality"), 22),
                ReportColumn.text(texts.get("report.column.status"), 14),
                ReportColumn.wrappedText(texts.get("report.reminder.column.missing"), 48),
                ReportColumn.text(texts.get("report.reminder.column.errors"), 16),
                ReportColumn.dateTime(texts.get("report.reminder.column.lastReturn"), 17),
                ReportColumn.text(texts.get("report.reminder.column.email"), 34),
                ReportColumn.text(texts.get("report.reminder.column.directoryEmail"), 34)),
                CellStyles.forPrintedTables(workbook), print, title, 2);
        for (ReminderRows.Row r : reminders) {
            table.addRow(r.municipality().ags(), r.municipality().name(), r.status().label(), r.missing(),
                    r.errorRules().isEmpty() ? null : String.join(", ", r.errorRules()),
                    r.lastReturn() == null ? null : texts.local(r.lastReturn()), r.returnEmail(), r.directoryEmail());
        }
        table.finish();
        POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator(district.officeName());
    }
}
