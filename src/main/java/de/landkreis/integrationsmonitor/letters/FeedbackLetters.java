package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.forms.FeedbackWriter;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.store.ContactEmails;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import de.landkreis.integrationsmonitor.store.ReceivedSection;
import de.landkreis.integrationsmonitor.store.RunFeedback;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * After a run: one e-mail draft per Rückfrage workbook of the run, the workbook attached under its own name, in
 * {@code <reports>/briefe/<the Rückfragen folder's stamp>/Rueckfrage_<AGS>_<Name>.eml}. None for the analyst's list
 * of findings without a municipality. Addressed to the office directory's address, or to the sender of the
 * municipality's return in this run where the directory has none.
 */
@Component
public class FeedbackLetters {

    static final String DIRECTORY = "briefe";

    private final LetterWriter writer;
    private final FeedbackWriter feedback;
    private final Mailboxes mailboxes;
    private final ContactEmails contacts;
    private final RunFeedback runFeedback;

    FeedbackLetters(LetterWriter writer, FeedbackWriter feedback, Mailboxes mailboxes, ContactEmails contacts,
                    RunFeedback runFeedback) {
        this.writer = writer;
        this.feedback = feedback;
        this.mailboxes = mailboxes;
        this.contacts = contacts;
        this.runFeedback = runFeedback;
    }

    /**
     * @param feedbackFolder the folder of the run's Rückfragen; its name (the run's stamp) names the drafts' folder
     * @param runStart       when the run started, in the district's time zone: the Rückfragen's deadline counts
     *                       from it
     * @return the drafts written, in the register's order
     */
    public List<Path> writeFor(long runId, Path feedbackFolder, Path reportsDir, LocalDateTime runStart)
            throws IOException {
        Path folder = reportsDir.resolve(DIRECTORY).resolve(feedbackFolder.getFileName());
        Map<String, Mailboxes.Stored> directory = mailboxes.all();
        // Personal data: the sender of the return, only where the directory has no address.
        Map<String, String> senders = contacts.latestOfRun(runId);
        List<ReceivedSection> sections = runFeedback.sections(runId);
        LocalDate deadline = feedback.deadline(runStart);
        List<Path> written = new ArrayList<>();
        for (FeedbackWriter.MunicipalityWorkbook workbook : feedback.workbooksIn(feedbackFolder)) {
            Municipality m = workbook.municipality();
            Mailboxes.Stored mailbox = directory.get(m.ags());
            String to = mailbox != null ? mailbox.mailbox().email() : senders.get(m.ags());
            Letters.AddressSource source = mailbox != null ? Letters.AddressSource.DIRECTORY
                    : to != null ? Letters.AddressSource.RETURN : null;
            String attachment = workbook.file().getFileName().toString();
            written.add(writer.write(new LetterWriter.Letter(m, year(m, sections, runStart), Letters.Kind.RUECKFRAGE,
                    to, source, mailbox == null ? null : mailbox.mailbox().salutation(), "letters.subject.feedback",
                    writer.properties().feedbackTemplate(),
                    Map.of("frist", deadline.format(LetterWriter.GERMAN_DATE),
                            "eingelesen", runStart.format(LetterWriter.GERMAN_DATE), "anhang", attachment),
                    workbook.file(), folder.resolve(attachment.replaceFirst("\\.xlsx$", ".eml")), null, runId)));
        }
        return written;
    }

    /**
     * The Berichtsjahr the Rückfrage is about: the latest of the municipality's sections read in the run; when none
     * had a readable year, the year before the run (the year usually reported on).
     */
    private static int year(Municipality m, List<ReceivedSection> sections, LocalDateTime runStart) {
        return sections.stream().filter(s -> m.ags().equals(s.ags())).map(ReceivedSection::year)
                .filter(Objects::nonNull).max(Integer::compare).orElse(runStart.getYear() - 1);
    }
}
