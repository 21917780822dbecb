package de.landkreis.integrationsmonitor.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.returns.ImportLimits;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What goes wrong while the mailbox is read, against a real IMAPS server (GreenMail): a connection that breaks off,
 * a processed folder that cannot be created, an inbox that cannot be written, names and headers from odd programs.
 * No message is lost, none is taken in twice, and none stops the others.
 */
class MailboxReadFailureTests extends MailboxTestSupport {

    /** Another return of the same shape: bytes of its own, so it is no copy of one in the inbox. */
    static final byte[] STAFF_AGAIN = (new String(STAFF, StandardCharsets.UTF_8) + "\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    WaitingMessages waiting;
    @Autowired
    ImportLimits limits;

    @Test
    void aConnectionThatBreaksOffMarksNothingUnreadableAndTheNextReadTakesEverythingIn() {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "erste", "Personal.csv", STAFF));
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "zweite", "Strukturen.csv", STRUCTURES));
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "dritte", "Personal.csv", STAFF_AGAIN));
        // The connection goes down while the first message's content is fetched; its headers came before.
        AttachmentIntake droppingTheConnection = new AttachmentIntake(checks, limits, properties, messages,
                clock) {
            @Override
            Extracted extract(Message message, Path inbox, Map<String, String> known)
                    throws MessagingException, IOException {
                message.getFolder().getStore().close();
                return super.extract(message, inbox, known);
            }
        };
        MailboxReader breaking = readerWith(properties, droppingTheConnection);

        MailboxReader.Result broken = breaking.read(inbox);

        assertThat(broken.outcome()).isEqualTo(MailboxReader.Outcome.INTERRUPTED);
        assertThat(broken.problem()).isNotBlank();
        assertThat(broken.malformed()).isZero();
        assertThat(messages.getMessage("postfach.console.interrupted", new Object[]{broken.server(), "Timeout"},
                Locale.GERMANY)).isEqualTo("Postfach " + broken.server() + ": Verbindung während des Lesens "
                + "abgebrochen (Timeout). Was bis dahin übernommen wurde, bleibt; den Rest holt der nächste Lauf.");
        assertThat(jdbc.sql("select count(*) from mail_message").query(Integer.class).single()).isZero();
        assertThat(evidence.lastRead().orElseThrow().outcome()).isEqualTo("INTERRUPTED");

        MailboxReader.Result next = reader.read(inbox);

        assertThat(next.outcome()).isEqualTo(MailboxReader.Outcome.READ);
        assertThat(next.messages()).isEqualTo(3);
        assertThat(next.stored()).isEqualTo(3);
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactlyInAnyOrder("erste", "zweite",
                "dritte");
    }

    @Test
    void aProcessedFolderThatCannotBeCreatedStopsNeitherTheReadNorTheNextOne() {
        // A name the server refuses (NO), as an Exchange path outside the mailbox's namespace would be.
        MailboxProperties namespace = new MailboxProperties("verarbeitet*alt",
                properties.maxAttachmentsPerMessage(), properties.trustedAuthservId(), properties.imap());
        MailboxReader refused = readerWith(namespace);
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "erste", "Personal.csv", STAFF));
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "zweite", "Strukturen.csv", STRUCTURES));

        MailboxReader.Result first = refused.read(inbox);

        assertThat(first.outcome()).as(first.problem()).isEqualTo(MailboxReader.Outcome.READ);
        assertThat(first.messages()).isEqualTo(2);
        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.notMoved()).isEqualTo(2);
        assertThat(first.notMovedProblem()).contains("LIST failed");
        assertThat(messages.getMessage("postfach.console.notMoved",
                new Object[]{first.notMoved(), first.notMovedProblem()}, Locale.GERMANY))
                .startsWith("Postfach: 2 Nachrichten ließen sich nicht in den Ordner für verarbeitete Nachrichten "
                        + "verschieben (")
                .endsWith("sie bleiben im Postfach, übernommen wird nichts zweimal, und der nächste Lauf versucht es "
                        + "wieder.");
        assertThat(ImapTestServer.subjects("INBOX")).containsExactlyInAnyOrder("erste", "zweite");

        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "dritte", "Personal.csv", STAFF_AGAIN));
        MailboxReader.Result second = refused.read(inbox);

        assertThat(second.messages()).as("the stuck ones are known, the new one is read").isEqualTo(1);
        assertThat(second.notMoved()).isEqualTo(3);
        assertThat(storedFiles()).hasSize(3);

        MailboxReader.Result repaired = reader.read(inbox);
        assertThat(repaired.messages()).isZero();
        assertThat(ImapTestServer.subjects("INBOX")).isEmpty();
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).hasSize(3);
    }

    @Test
    void anInboxThatCannotBeWrittenLeavesTheReturnWaitingToBeTakenInByHand() throws IOException {
        Path notAFolder = Files.writeString(inbox.resolve("kein-Ordner"), "");
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF));

        MailboxReader.Result read = reader.read(notAFolder);

        assertThat(read.outcome()).isEqualTo(MailboxReader.Outcome.READ);
        assertThat(read.malformed()).isEqualTo(1);
        assertThat(messages.getMessage("postfach.console.malformed", new Object[]{1}, Locale.GERMANY))
                .isEqualTo("Postfach: 1 Nachricht ließ sich nicht lesen oder ablegen; sie bleibt im Postfach und "
                        + "wartet auf der Übersicht („übernehmen“ oder „erledigt“).");
        MailMessages.Message malformed = evidence.waiting(20).messages().get(0);
        assertThat(malformed.status()).isEqualTo(Status.MALFORMED);
        assertThat(malformed.sender()).isEqualTo(KISSLEGG);
        assertThat(malformed.ags()).isEqualTo("08436052");
        assertThat(malformed.problem()).isNotBlank();
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung");
        assertThat(reader.read(notAFolder).messages()).as("recorded once").isZero();

        assertThat(waiting.takeIn(malformed.id(), "analyst", inbox)).isEqualTo(WaitingMessages.Decision.TAKEN_IN);

        assertThat(evidence.find(malformed.id()).orElseThrow().status()).isEqualTo(Status.TAKEN_IN_BY_HAND);
        assertThat(inbox.resolve("postfach/20260301/08436052_Personal.csv")).hasBinaryContent(STAFF);
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung");
    }

    @Test
    void aDatabaseFailingTheDuplicateCheckLeavesTheMessageForTheNextReadInsteadOfMarkingItUnreadable() {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF));
        // The duplicate check takes the checksums of imported files from the database; here it cannot.
        jdbc.sql("alter table received_file rename column sha256 to sha256_weg").update();
        MailboxReader.Result read;
        try {
            read = reader.read(inbox);
        } finally {
            jdbc.sql("alter table received_file rename column sha256_weg to sha256").update();
        }

        assertThat(read.malformed()).isZero();
        assertThat(read.stored()).isZero();
        assertThat(evidence.waiting(20).messages()).isEmpty();
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung");

        MailboxReader.Result next = reader.read(inbox);

        assertThat(next.stored()).isOne();
        assertThat(inbox.resolve("postfach/20260301/08436052_Personal.csv")).hasBinaryContent(STAFF);
    }

    @Test
    void whatAnEndedProcessLeftInTheStagingFolderIsRemovedAFileBeingReceivedStays() throws IOException {
        Path staging = Files.createDirectories(inbox.resolve(".zwischenablage"));
        Path left = TestInbox.write(staging.resolve("anhang-1.part"), "halb",
                clock.instant().minus(Duration.ofDays(2)));
        Path receiving = TestInbox.write(staging.resolve("anhang-2.part"), "halb",
                clock.instant().minus(Duration.ofHours(1)));

        reader.read(inbox);

        assertThat(left).doesNotExist();
        assertThat(receiving).exists();
    }

    @Test
    void aDecisionTakenElsewhereMeanwhileWinsAndTheFilesTakenInGoAgain() {
        ImapTestServer.deliver(ImapTestServer.message("jemand@fremd.example.com", "Rückmeldung", "Personal.csv",
                STAFF));
        reader.read(inbox);
        long id = evidence.waiting(20).messages().get(0).id();
        // Another instance of the program marks the message done while this one fetches its attachments.
        AttachmentIntake decidedElsewhere = new AttachmentIntake(checks, limits, properties, messages, clock) {
            @Override
            Extracted extract(Message message, Path inbox, Map<String, String> known)
                    throws MessagingException, IOException {
                evidence.decide(id, Status.DONE, "andere", clock.instant(), List.of());
                return super.extract(message, inbox, known);
            }
        };
        WaitingMessages racing = new WaitingMessages(properties, evidence, decidedElsewhere, clock);

        assertThat(racing.takeIn(id, "analyst", inbox)).isEqualTo(WaitingMessages.Decision.NOT_WAITING);

        assertThat(storedFiles()).isEmpty();
        assertThat(evidence.find(id).orElseThrow()).satisfies(m -> {
            assertThat(m.status()).isEqualTo(Status.DONE);
            assertThat(m.handledBy()).isEqualTo("andere");
            assertThat(m.attachments()).isEmpty();
        });
    }

    @Test
    void theFirstReadMakesTheInboxItTakesReturnsInto() {
        Path notYetMade = inbox.resolve("eingang");
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF));

        assertThat(reader.read(notYetMade).stored()).isEqualTo(1);
        assertThat(notYetMade.resolve("postfach/20260301/08436052_Personal.csv")).hasBinaryContent(STAFF);
    }

    @Test
    void controlCharactersInHeadersAndNamesAreRemovedBeforeTheyReachTheDatabase() {
        MimeMessage message = ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF);
        setSubject(message, "=?UTF-8?Q?R=C3=BCck=00meldung?=");
        ImapTestServer.deliver(message);

        reader.read(inbox);

        MailMessages.Message recorded = evidence.ofRead(evidence.lastRead().orElseThrow().id()).get(0);
        assertThat(recorded.status()).isEqualTo(Status.TAKEN_IN);
        assertThat(recorded.subject()).isEqualTo("Rückmeldung");
    }

    @Test
    void encodedWordFileNamesAreDecodedAndAZipAmongThemIsStillListed() {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Gmail",
                "=?UTF-8?B?UsO8Y2ttZWxkdW5nIFBlcnNvbmFsLmNzdg==?=", STAFF,
                "=?UTF-8?Q?R=C3=BCckmeldung.zip?=", new byte[]{'P', 'K', 3, 4, 0, 0}));

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.stored()).isEqualTo(1);
        List<MailMessages.Attachment> attachments = evidence.ofRead(evidence.lastRead().orElseThrow().id()).get(0)
                .attachments();
        assertThat(attachments.get(0).fileName()).isEqualTo("Rückmeldung Personal.csv");
        assertThat(attachments.get(0).storedAs()).isEqualTo("postfach/20260301/08436052_Rückmeldung_Personal.csv");
        assertThat(attachments.get(1).fileName()).isEqualTo("Rückmeldung.zip");
        assertThat(attachments.get(1).refusal()).isEqualTo("ZIP");
    }

    @Test
    void aSignatureLogoIsNoAttachment() throws MessagingException {
        MimeMessage message = ImapTestServer.message(KISSLEGG, "mit Logo", "Personal.csv", STAFF);
        MimeBodyPart logo = new MimeBodyPart();
        logo.setDataHandler(new jakarta.activation.DataHandler(
                new ByteArrayDataSource(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png")));
        logo.setFileName("image001.png");
        logo.setDisposition(MimeBodyPart.INLINE);
        logo.setContentID("<image001.png@01DA>");
        try {
            ((MimeMultipart) message.getContent()).addBodyPart(logo);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        message.saveChanges();
        ImapTestServer.deliver(message);

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.stored()).isEqualTo(1);
        assertThat(read.refused()).isZero();
        assertThat(evidence.ofRead(evidence.lastRead().orElseThrow().id()).get(0).attachments())
                .extracting(MailMessages.Attachment::fileName).containsExactly("Personal.csv");
    }

    private List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setSubject(MimeMessage message, String encoded) {
        try {
            message.setHeader("Subject", encoded);
            message.saveChanges();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
