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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The settings around sending, each with the real mail server listening: off (drafts as before), a dry run, the
 * sample-data refusal, no mail server, sending switched off while letters wait, the encryption as shipped, and a
 * draft whose recipient was changed; and what a connection that breaks while a letter is handed over does to it. The
 * reminders of 2025 with nothing received: every municipality of the directory gets one.
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
    @Autowired
    Environment environment;

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

    @Test
    void aLetterTheServerAcceptedIsSentEvenWhenTheConnectionFailsAtItsEnd() throws Exception {
        try (BrokenSmtpLink link = new BrokenSmtpLink(BrokenSmtpLink.Break.ON_QUIT)) {
            SendingMode live = mode(false, server(link.port()), false);

            ReminderLetters.Written written = reminders(live, false).write(reports, 2025, null);

            assertThat(written.dispatch().sent()).isEqualTo(39);
            assertThat(written.dispatch().lines()).containsExactly(
                    new Dispatch.Line("letters.sending.summary", List.of(39, 0, 0)));
            assertThat(letters.inState(Letters.Sending.SENT)).hasSize(39).allMatch(l -> l.attempts() == 1);
            assertThat(smtp.getReceivedMessages()).hasSize(39);

            Dispatch again = new LetterSender(live, letters, messages, clock).sendDue(List.of());

            assertThat(again.sent()).isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(39);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"BEFORE_THE_ANSWER_TO_THE_MESSAGE", "CLOSED_BEFORE_THE_ANSWER_TO_THE_MESSAGE"})
    void aLetterWhoseAnswerIsLostMayHaveArrivedAndIsNeverSentAgain(BrokenSmtpLink.Break where) throws Exception {
        try (BrokenSmtpLink link = new BrokenSmtpLink(where)) {
            SendingMode live = mode(false, server(link.port()), false);

            ReminderLetters.Written written = reminders(live, false).write(reports, 2025, null);

            // The server has them all; the program cannot know it.
            assertThat(smtp.getReceivedMessages()).hasSize(39);
            assertThat(written.dispatch().sent()).isZero();
            assertThat(written.dispatch().undelivered()).isEqualTo(39);
            assertThat(written.dispatch().lines()).containsExactly(
                    new Dispatch.Line("letters.sending.summary", List.of(0, 0, 0)),
                    new Dispatch.Line("letters.sending.uncertain", List.of(39)));
            assertThat(letters.inState(Letters.Sending.UNDELIVERED)).hasSize(39)
                    .allMatch(l -> l.lastError().startsWith("Verbindung zum Mailserver beim Übergeben der E-Mail "
                            + "abgebrochen (") && l.lastError().endsWith("ob sie ankam, ist unbekannt, sie wird nicht "
                            + "noch einmal gesendet."));

            new LetterSender(live, letters, messages, clock).sendDue(List.of());
        }
        new LetterSender(mode(false, server(), false), letters, messages, clock).sendDue(List.of());

        assertThat(smtp.getReceivedMessages()).hasSize(39);
        assertThat(letters.inState(Letters.Sending.UNDELIVERED)).hasSize(39);
    }

    @Test
    void aLetterTheServerRefusedIsTriedAgainByTheNextSending() throws Exception {
        try (BrokenSmtpLink link = new BrokenSmtpLink(BrokenSmtpLink.Break.REFUSES_THE_RECIPIENT)) {
            ReminderLetters.Written written =
                    reminders(mode(false, server(link.port()), false), false).write(reports, 2025, null);

            assertThat(written.dispatch().retrying()).isEqualTo(39);
            assertThat(smtp.getReceivedMessages()).isEmpty();
            assertThat(letters.inState(Letters.Sending.DUE)).hasSize(39).allMatch(l -> l.attempts() == 1
                    && l.lastError().startsWith("vom Mailserver abgewiesen ("));
        }

        Dispatch next = new LetterSender(mode(false, server(), false), letters, messages, clock).sendDue(List.of());

        assertThat(next.sent()).isEqualTo(39);
        assertThat(smtp.getReceivedMessages()).hasSize(39);
    }

    @Test
    void withTheEncryptionAsShippedAServerWithoutStarttlsGetsNothingAndTheLettersWait() throws Exception {
        JavaMailSenderImpl shipped = server();
        shipped.getJavaMailProperties().putAll(Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get());

        ReminderLetters.Written written = reminders(mode(false, shipped, false), false).write(reports, 2025, null);

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(written.dispatch().retrying()).isEqualTo(39);
        assertThat(letters.inState(Letters.Sending.DUE)).hasSize(39).allMatch(l -> l.attempts() == 1
                && l.lastError().startsWith("Der Mailserver bietet keine Verschlüsselung (STARTTLS) an; "
                + "unverschlüsselt sendet das Programm nicht"));
    }

    @Test
    void lettersWaitingWhenSendingIsSwitchedOffAreNeverSentLater() throws Exception {
        SendingMode live = mode(false, server(), false);
        smtp.stop();
        ReminderLetters.Written written = reminders(live, false).write(reports, 2025, null);
        assertThat(letters.inState(Letters.Sending.DUE)).hasSize(39).allMatch(l -> l.attempts() == 1);
        // Written by sending that was on, the process ended before its sending.
        letters.record(new Letters.NewLetter("08436001", 2025, Letters.Kind.ERINNERUNG, clock.instant(), null,
                written.folder().resolve("Erinnerung_2025_08436001_Achberg.eml").toString(), ACHBERG,
                Letters.AddressSource.DIRECTORY, null, Letters.Sending.DUE));
        smtp.start();

        SendingMode off = new SendingMode(new SendingProperties(false, false, 3), server(), false);
        Dispatch switchedOff = new LetterSender(off, letters, messages, clock).sendDue(List.of());

        Dispatch.Line drafts = new Dispatch.Line("letters.sending.stoodDown.drafts", List.of(1));
        Dispatch.Line undelivered = new Dispatch.Line("letters.sending.stoodDown.undelivered", List.of(39));
        assertThat(switchedOff.lines()).containsExactly(drafts, undelivered);
        assertThat(text(drafts)).isEqualTo("Ein Brief wartete auf den Versand, der jetzt aus oder verweigert ist: er "
                + "ist wieder Entwurf und wird auch später nicht gesendet.");
        assertThat(text(undelivered)).isEqualTo("39 Briefe warteten nach einem Fehlversuch auf einen neuen Versuch, "
                + "aber der Versand ist jetzt aus oder verweigert: sie stehen als „nicht zugestellt“ auf der Übersicht "
                + "und müssen von Hand gesendet werden.");
        assertThat(letters.inState(Letters.Sending.DRAFT)).hasSize(1);
        assertThat(letters.inState(Letters.Sending.UNDELIVERED)).hasSize(39);
        assertThat(letters.waiting(100).count()).isEqualTo(39);

        Dispatch onAgain = new LetterSender(live, letters, messages, clock).sendDue(List.of());

        assertThat(onAgain.sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private ReminderLetters reminders(SendingMode mode, boolean sampleData) {
        LetterWriter writer = new LetterWriter(properties, letters, messages, district, clock, sampleData, mode);
        return new ReminderLetters(writer, rows, mailboxes, clock, new LetterSender(mode, letters, messages, clock));
    }

    private static SendingMode mode(boolean dryRun, JavaMailSenderImpl server, boolean sampleData) {
        return new SendingMode(new SendingProperties(true, dryRun, 3), server, sampleData);
    }

    private static JavaMailSenderImpl server() {
        return server(SmtpTestServer.PORT);
    }

    private static JavaMailSenderImpl server(int port) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost(SmtpTestServer.HOST);
        server.setPort(port);
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
