package de.landkreis.integrationsmonitor.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.job.RunNotice;
import de.landkreis.integrationsmonitor.store.Letters;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sending switched on, against a real SMTP server: the letters to directory addresses go out once, as their drafts
 * minus {@code X-Unsent} plus {@code Auto-Submitted}; one to a return's sender stays a draft; a failing server is
 * recorded, tried again by the next three runs, then the letter is „nicht zugestellt“, and no run fails over it.
 */
@RecordApplicationEvents
class LetterSendingTests extends LetterTestSupport {

    private static final String KISSLEGG = "integration@kisslegg.example.org";

    @RegisterExtension
    static GreenMailExtension smtp = SmtpTestServer.extension();

    @DynamicPropertySource
    static void sendingOn(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SmtpTestServer.HOST);
        registry.add("spring.mail.port", () -> SmtpTestServer.PORT);
        registry.add(SmtpTestServer.PLAIN_RELAY, () -> "false");
        registry.add("integrationsmonitor.mail.sending.enabled", () -> "true");
        registry.add("integrationsmonitor.report.sample-data", () -> "false");
    }

    @Autowired
    ReminderLetters reminders;
    @Autowired
    ApplicationEvents events;

    @Test
    void aDirectoryLetterGoesOutOnceAsItsDraftAndOneToTheReturnsSenderStaysADraft() throws Exception {
        ImportRunResult first = importFaultyReturns();

        assertThat(first.completed()).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        Path draftFile = reports.resolve("briefe/20260301-100000/Rueckfrage_08436052_Kisslegg.eml");
        MimeMessage draft = Drafts.read(draftFile);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(KISSLEGG));
        assertThat(mail.getSubject()).isEqualTo("Rückfrage zu Ihrer Rückmeldung 2025 – Kißlegg (AGS 08436052)")
                .isEqualTo(draft.getSubject());
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getHeader("X-Unsent")).isNull();
        assertThat(draft.getHeader("X-Unsent")).containsExactly("1");
        assertThat(mail.getMessageID()).isEqualTo(draft.getMessageID());
        assertThat(Drafts.text(mail)).isEqualTo(Drafts.text(draft));
        List<Drafts.Attachment> attachments = Drafts.attachments(mail);
        assertThat(attachments).extracting(Drafts.Attachment::name).containsExactly("Rueckfrage_08436052_Kisslegg.xlsx");
        assertThat(attachments.get(0).content()).isEqualTo(Files.readAllBytes(
                reports.resolve("rueckfragen/20260301-100000/Rueckfrage_08436052_Kisslegg.xlsx")));

        assertThat(letters.ofRun(lastRunId())).extracting(Letters.Letter::ags, Letters.Letter::source,
                        Letters.Letter::sending, Letters.Letter::attempts)
                .containsExactly(tuple("08436019", Letters.AddressSource.RETURN, Letters.Sending.HAND, 0),
                        tuple("08436052", Letters.AddressSource.DIRECTORY, Letters.Sending.SENT, 1));
        assertThat(letters.ofMunicipality("08436052").get(0).sentAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(notices()).containsExactly(new RunNotice("letters.sending.summary", List.of(1, 0, 1)));

        events.clear();
        ImportRunResult second = importRun.run(inbox, reports, null);

        assertThat(second.completed()).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notices()).containsExactly(new RunNotice("letters.sending.summary", List.of(0, 0, 0)));
    }

    @Test
    void remindersGoOutRightAfterTheyAreWrittenToDirectoryAddressesOnly() throws Exception {
        importFaultyReturns();
        smtp.reset();

        ReminderLetters.Written written = reminders.write(reports, 2025, null);

        List<Letters.Letter> reminderLetters = letters.inState(Letters.Sending.SENT).stream()
                .filter(l -> l.kind() == Letters.Kind.ERINNERUNG).toList();
        assertThat(written.drafts()).hasSizeGreaterThan(reminderLetters.size());
        assertThat(reminderLetters).isNotEmpty()
                .allMatch(l -> l.source() == Letters.AddressSource.DIRECTORY);
        assertThat(written.dispatch().sent()).isEqualTo(reminderLetters.size());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(reminderLetters.size());
        for (MimeMessage mail : received) {
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(mail.getHeader("X-Unsent")).isNull();
            assertThat(mail.getSubject()).startsWith("Erinnerung: Rückmeldung 2025");
        }
        // Boms has no directory entry: its reminder waits for a hand send.
        assertThat(letters.ofMunicipality("08436019")).filteredOn(l -> l.kind() == Letters.Kind.ERINNERUNG)
                .extracting(Letters.Letter::sending).containsExactly(Letters.Sending.HAND);
        assertThat(written.dispatch().lines()).containsExactly(new Dispatch.Line("letters.sending.summary",
                List.of(reminderLetters.size(), 0, written.drafts().size() - reminderLetters.size())));
    }

    @Test
    void aFailingServerIsRecordedAndTriedByTheNextThreeRunsThenTheLetterIsUndelivered() throws Exception {
        smtp.stop();

        ImportRunResult first = importFaultyReturns();

        assertThat(first.completed()).isTrue();
        Letters.Letter kisslegg = kisslegg();
        assertThat(kisslegg.sending()).isEqualTo(Letters.Sending.DUE);
        assertThat(kisslegg.attempts()).isEqualTo(1);
        assertThat(kisslegg.lastError()).startsWith("Mailserver nicht erreichbar (")
                .contains(String.valueOf(SmtpTestServer.PORT));
        assertThat(notices()).containsExactly(new RunNotice("letters.sending.summary", List.of(0, 1, 1)),
                new RunNotice("letters.sending.failed", List.of(1, kisslegg.lastError())));

        for (int retry = 1; retry <= 2; retry++) {
            assertThat(importRun.run(inbox, reports, null).completed()).isTrue();
        }
        assertThat(kisslegg().sending()).isEqualTo(Letters.Sending.DUE);
        assertThat(kisslegg().attempts()).isEqualTo(3);

        events.clear();
        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(kisslegg().sending()).isEqualTo(Letters.Sending.UNDELIVERED);
        assertThat(kisslegg().attempts()).isEqualTo(4);
        assertThat(notices()).contains(new RunNotice("letters.sending.undelivered", List.of(1, 4)));

        smtp.start();
        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(kisslegg().attempts()).isEqualTo(4);
    }

    @Test
    void aLetterThatFailedOnceGoesOutWithTheNextRun() throws Exception {
        smtp.stop();
        importFaultyReturns();
        assertThat(kisslegg().sending()).isEqualTo(Letters.Sending.DUE);

        smtp.start();
        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(kisslegg().sending()).isEqualTo(Letters.Sending.SENT);
        assertThat(kisslegg().attempts()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0])
                .containsExactly(new InternetAddress(KISSLEGG));
    }

    @Test
    void aLetterLeftBeingSentByAnEndedProcessIsNeverSentAgain() throws Exception {
        smtp.stop();
        importFaultyReturns();
        // As if the process had ended between handing the letter to the server and recording the outcome.
        assertThat(letters.startSending(kisslegg().id(), Instant.now())).isTrue();
        smtp.start();
        events.clear();

        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(kisslegg().sending()).isEqualTo(Letters.Sending.UNDELIVERED);
        assertThat(kisslegg().lastError()).contains("ob die E-Mail ankam, ist unbekannt");
        assertThat(notices()).startsWith(new RunNotice("letters.sending.interrupted", List.of(1)));
    }

    /** Kißlegg (in the directory) and Boms (not: its return's sender) send a faulty Personal file each. */
    private ImportRunResult importFaultyReturns() {
        writeFaultyReturns();
        return importRun.run(inbox, reports, null);
    }

    private Letters.Letter kisslegg() {
        return letters.ofMunicipality("08436052").stream().filter(l -> l.kind() == Letters.Kind.RUECKFRAGE)
                .findFirst().orElseThrow();
    }

    private List<RunNotice> notices() {
        return events.stream(RunNotice.class).filter(n -> n.messageKey().startsWith("letters.")).toList();
    }

}
