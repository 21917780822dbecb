package de.landkreis.integrationsmonitor.letters;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.report.ReminderRows;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The settings around sending, each with the real mail server listening: off (drafts as before), a dry run, the
 * sample-data refusal, no mail server, and a draft whose recipient was changed. The reminders of 2025 with nothing
 * received: every municipality of the directory gets one.
 */
class SendingModesTests extends ImportTestSupport {

    private static final String ACHBERG = "integration@achberg.example.org";

    @RegisterExtension
    static GreenMailExtension smtp = SmtpTestServer.extension();

    @Autowired
    ReminderLetters remindersAsConfigured;
    @Autowired
    LettersProperties properties;
    @Autowired
    Letters letters;
    @Autowired
    MessageSource messages;
    @Autowired
    District district;
    @Autowired
    Clock clock;
    @Autowired
    ReminderRows rows;
    @Autowired
    Mailboxes mailboxes;

    @Test
    void sendingOffWritesDraftsOnlyAndSaysNothing() throws Exception {
        ReminderLetters.Written written = remindersAsConfigured.write(reports, 2025, null);

        assertThat(written.drafts()).hasSize(39);
        assertThat(written.dispatch().lines()).isEmpty();
        assertThat(letters.inState(Letters.Sending.DRAFT)).hasSize(39);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDryRunListsWhatWouldBeSentSendsNothingAndNothingItListedIsSentLater() throws Exception {
        SendingMode dryRun = mode(true, server(), false);

        ReminderLetters.Written written = reminders(dryRun, false).write(reports, 2025, null);

        assertThat(smtp.getReceivedMessages()).isEmpty();
        List<Dispatch.Line> lines = written.dispatch().lines();
        assertThat(lines).hasSize(40).contains(new Dispatch.Line("letters.sending.dryRun.letter",
                List.of("Erinnerung_2025_08436001_Achberg.eml", ACHBERG)));
        assertThat(lines.get(39)).isEqualTo(new Dispatch.Line("letters.sending.dryRun.summary", List.of(39, 0)));
        assertThat(text(lines.get(39))).isEqualTo("Probebetrieb (integrationsmonitor.mail.sending.dry-run): 39 E-Mails "
                + "würden versendet, versendet wurde nichts; nur als Entwurf (Adresse nicht aus dem Adressverzeichnis): 0");
        assertThat(letters.inState(Letters.Sending.DRY_RUN)).hasSize(39)
                .allMatch(l -> l.attempts() == 0 && l.sentAt() == null);

        Dispatch live = new LetterSender(mode(false, server(), false), letters, messages, clock).sendDue(List.of());

        assertThat(live.sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendingRefusesToStartWhileTheSampleDataSettingIsOnAndTheDraftsStayDrafts() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(LetterSender.class);
        logger.addAppender(log);
        try {
            ReminderLetters.Written written = reminders(mode(false, server(), true), true).write(reports, 2025, null);

            Dispatch.Line refusal = new Dispatch.Line("letters.sending.sampleData", List.of());
            assertThat(written.dispatch().lines()).containsExactly(refusal);
            assertThat(text(refusal)).startsWith("E-Mails nicht versendet: der Versand startet nicht, solange "
                    + "integrationsmonitor.report.sample-data an ist");
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(text(refusal));
        } finally {
            logger.detachAppender(log);
        }
        assertThat(letters.inState(Letters.Sending.DRAFT)).hasSize(39);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void switchedOnWithoutAMailServerTheLettersStayDraftsAndALineSaysWhy() throws Exception {
        ReminderLetters.Written written = reminders(mode(false, null, false), false).write(reports, 2025, null);

        assertThat(written.dispatch().lines())
                .containsExactly(new Dispatch.Line("letters.sending.noServer", List.of()));
        assertThat(letters.inState(Letters.Sending.DRAFT)).hasSize(39);
    }

    @Test
    void aDraftWhoseRecipientWasChangedIsNotSentToAnyone() throws Exception {
        SendingMode live = mode(false, server(), false);
        smtp.stop();
        ReminderLetters.Written written = reminders(live, false).write(reports, 2025, null);
        assertThat(letters.inState(Letters.Sending.DUE)).hasSize(39);
        Path achberg = written.folder().resolve("Erinnerung_2025_08436001_Achberg.eml");
        Files.writeString(achberg, Files.readString(achberg, StandardCharsets.ISO_8859_1)
                .replace("To: " + ACHBERG, "To: fremd@example.com"), StandardCharsets.ISO_8859_1);
        smtp.start();

        Dispatch dispatch = new LetterSender(live, letters, messages, clock).sendDue(List.of());

        assertThat(dispatch.sent()).isEqualTo(38);
        assertThat(smtp.getReceivedMessages()).hasSize(38)
                .noneMatch(m -> List.of(recipients(m)).contains("fremd@example.com"))
                .noneMatch(m -> List.of(recipients(m)).contains(ACHBERG));
        Letters.Letter letter = letters.ofMunicipality("08436001").get(0);
        assertThat(letter.sending()).isEqualTo(Letters.Sending.DUE);
        assertThat(letter.lastError())
                .isEqualTo("Der Entwurf ist nicht (nur) an die Adresse " + ACHBERG + " aus dem Adressverzeichnis gerichtet.");
    }

    private ReminderLetters reminders(SendingMode mode, boolean sampleData) {
        LetterWriter writer = new LetterWriter(properties, letters, messages, district, clock, sampleData, mode);
        return new ReminderLetters(writer, rows, mailboxes, clock, new LetterSender(mode, letters, messages, clock));
    }

    private static SendingMode mode(boolean dryRun, JavaMailSenderImpl server, boolean sampleData) {
        return new SendingMode(new SendingProperties(true, dryRun, 3), server, sampleData);
    }

    private static JavaMailSenderImpl server() {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost(SmtpTestServer.HOST);
        server.setPort(SmtpTestServer.PORT);
        return server;
    }

    private static String[] recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> ((InternetAddress) a).getAddress()).toArray(String[]::new);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private String text(Dispatch.Line line) {
        return messages.getMessage(line.messageKey(), line.arguments().toArray(), Locale.GERMANY);
    }
}
