package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.store.ContactEmails;
import de.landkreis.integrationsmonitor.store.SectionStates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the reminder list {@code <reports>/<year>/Nachforderungen_<year>.xlsx} for the analysts: every
 * municipality whose Rücklauf status is not {@code vollständig}, with what is missing, the rule codes of its
 * errors and the contact e-mail of its last return. Internal: unlike the committee report it holds personal data.
 */
@Component
public class ReminderListWriter {

    private final DistrictFigures figures;
    private final ReminderEntries entries;
    private final District district;
    private final ReportTexts texts;
    private final PrintLayout layout;

    ReminderListWriter(DistrictFigures figures, SectionStates states, ContactEmails contacts, District district,
            MessageSource messages, Clock clock) {
        this.figures = figures;
        this.entries = new ReminderEntries(states, contacts);
        this.district = district;
        this.texts = new ReportTexts(messages, clock.getZone());
        this.layout = PrintLayout.forReport(district.officeName(), messages);
    }

    /**
     * @param dataAsOf when the run whose data the list shows started (the Datenstand in the footer)
     * @return the written file, replacing an earlier one of the same year
     */
    public Path write(Path reportsDir, int year, Instant dataAsOf) throws IOException {
        YearFigures current = figures.of(year);
        Map<String, ReminderEntries.Entry> byAgs = entries.of(year);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, current, byAgs, dataAsOf);
            return WorkbookFiles.save(workbook, reminderFile(reportsDir, year));
        }
    }

    /** Where the reminder list of a year lies: beside the committee report, internal all the same. */
    public static Path reminderFile(Path reportsDir, int year) {
        return reportsDir.resolve(String.valueOf(year)).resolve("Nachforderungen_" + year + ".xlsx");
    }

    private void fill(XSSFWorkbook workbook, YearFigures current, Map<String, ReminderEntries.Entry> byAgs,
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
                ReportColumn.text(texts.get("report.reminder.column.email"), 34)),
                CellStyles.forPrintedTables(workbook), print, title, 2);
        for (MunicipalityFigures m : current.municipalities()) {
            if (m.status() == ReturnStatus.VOLLSTAENDIG) {
                continue;
            }
            ReminderEntries.Entry entry = byAgs.get(m.municipality().ags());
            String missing = missing(entry);
            table.addRow(m.municipality().ags(), m.municipality().name(), m.status().label(), missing,
                    entry == null ? null : String.join(", ", entry.errorRules()),
                    m.receivedAt().<Object>map(texts::local).orElse(null),
                    entry == null ? null : entry.email());
        }
        table.finish();
        POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator(district.officeName());
    }

    private String missing(ReminderEntries.Entry entry) {
        List<String> parts = new ArrayList<>();
        for (String section : ReminderEntries.SECTIONS) {
            String name = texts.get("report.reminder.section." + section);
            Boolean accepted = entry == null ? null : entry.latestAccepted().get(section);
            if (accepted == null) {
                parts.add(texts.get("report.reminder.missing.section", name));
            } else if (!accepted) {
                parts.add(texts.get("report.reminder.rejected.section", name));
            }
        }
        if (entry != null && entry.unknownYear()) {
            parts.add(texts.get("report.reminder.unknownYear"));
        }
        return String.join("; ", parts);
    }
}
