package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.forms.AsciiFileName;
import de.landkreis.integrationsmonitor.forms.FeedbackWriter;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.report.ReminderRows;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reminders of a year: one e-mail draft per municipality whose Rücklauf status is not {@code vollständig},
 * asking for what its row of the reminder list (Nachforderungen) lists, by a deadline, in
 * {@code <reports>/briefe/erinnerungen/<Jahr>/<JJJJMMTT-hhmmss>/Erinnerung_<Jahr>_<AGS>_<Name>.eml}. Reads nothing.
 * Then, with sending switched on, sends the due letters ({@link LetterSender}): these reminders and earlier failures.
 */
@Component
public class ReminderLetters {

    /**
     * The reminders written.
     *
     * @param folder   the folder of the drafts, null when nobody needed a reminder (and no folder was made)
     * @param dispatch what sending the due letters did afterwards
     */
    public record Written(int year, Path folder, List<Path> drafts, Dispatch dispatch) {
    }

    private final LetterWriter writer;
    private final ReminderRows rows;
    private final Mailboxes mailboxes;
    private final Clock clock;
    private final LetterSender sender;

    ReminderLetters(LetterWriter writer, ReminderRows rows, Mailboxes mailboxes, Clock clock, LetterSender sender) {
        this.writer = writer;
        this.sender = sender;
        this.rows = rows;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    /** @param createdBy the analyst who asked on a page, null for the command line */
    public Written write(Path reportsDir, int year, String createdBy) throws IOException {
        List<ReminderRows.Row> reminders = rows.of(year);
        if (reminders.isEmpty()) {
            return new Written(year, null, List.of(), sender.sendDue(List.of()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path folder = reportsDir.resolve(FeedbackLetters.DIRECTORY).resolve("erinnerungen")
                .resolve(String.valueOf(year)).resolve(now.format(FeedbackWriter.FOLDER_TIME));
        String deadline = now.toLocalDate().plusDays(writer.properties().reminderDeadlineDays())
                .format(LetterWriter.GERMAN_DATE);
        Map<String, Mailboxes.Stored> directory = mailboxes.all();
        List<Path> written = new ArrayList<>();
        for (ReminderRows.Row row : reminders) {
            Municipality m = row.municipality();
            Mailboxes.Stored mailbox = directory.get(m.ags());
            String to = row.directoryEmail() != null ? row.directoryEmail() : row.returnEmail();
            Letters.AddressSource source = row.directoryEmail() != null ? Letters.AddressSource.DIRECTORY
                    : to != null ? Letters.AddressSource.RETURN : null;
            written.add(writer.write(new LetterWriter.Letter(m, year, Letters.Kind.ERINNERUNG, to, source,
                    mailbox == null ? null : mailbox.mailbox().salutation(), "letters.subject.reminder",
                    writer.properties().reminderTemplate(),
                    Map.of("frist", deadline, "fehlt", row.missingParts(), "status", row.status().label(),
                            "regeln", String.join(", ", row.errorRules())),
                    null, folder.resolve("Erinnerung_" + year + "_" + m.ags() + "_" + AsciiFileName.of(m.name())
                            + ".eml"), createdBy, null)));
        }
        return new Written(year, folder, written, sender.sendDue(written));
    }
}
