package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rows of the reminder list of a year: every municipality whose Rücklauf status is not {@code vollständig}, in
 * the register's order, with what is missing. The reminder list (Nachforderungen) and the reminder letters read the
 * same rows, so a letter asks for exactly what the list shows.
 */
@Component
public class ReminderRows {

    /**
     * One municipality to remind.
     *
     * @param missing        what is missing or must be corrected, German, sections separated by {@code ; }
     * @param missingParts   the same, one part per entry
     * @param errorRules     the FEHLER rule codes of its latest versions
     * @param lastReturn     when its latest version of the year arrived, null when nothing did
     * @param returnEmail    the contact e-mail of its last return of the year, null when none gave one
     * @param directoryEmail its address in the office directory, null when it has none
     */
    public record Row(Municipality municipality, ReturnStatus status, String missing, List<String> missingParts,
                      Set<String> errorRules, Instant lastReturn, String returnEmail, String directoryEmail) {
    }

    private final DistrictFigures figures;
    private final ReminderEntries entries;
    private final Mailboxes mailboxes;
    private final ReportTexts texts;

    ReminderRows(DistrictFigures figures, ReminderEntries entries, Mailboxes mailboxes, MessageSource messages,
                 Clock clock) {
        this.figures = figures;
        this.entries = entries;
        this.mailboxes = mailboxes;
        this.texts = new ReportTexts(messages, clock.getZone());
    }

    public List<Row> of(int year) {
        return of(figures.of(year));
    }

    List<Row> of(YearFigures current) {
        Map<String, ReminderEntries.Entry> byAgs = entries.of(current.year());
        Map<String, Mailboxes.Stored> directory = mailboxes.all();
        List<Row> rows = new ArrayList<>();
        for (MunicipalityFigures m : current.municipalities()) {
            if (m.status() == ReturnStatus.VOLLSTAENDIG) {
                continue;
            }
            String ags = m.municipality().ags();
            ReminderEntries.Entry entry = byAgs.get(ags);
            List<String> missing = missing(entry);
            Mailboxes.Stored mailbox = directory.get(ags);
            rows.add(new Row(m.municipality(), m.status(), String.join("; ", missing), missing,
                    entry == null ? Set.of() : entry.errorRules(), m.receivedAt().orElse(null),
                    entry == null ? null : entry.email(), mailbox == null ? null : mailbox.mailbox().email()));
        }
        return rows;
    }

    private List<String> missing(ReminderEntries.Entry entry) {
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
        return parts;
    }
}
