package de.landkreis.integrationsmonitor.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.reference.Mailbox;
import de.landkreis.integrationsmonitor.returns.ImportLimits;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Reading the office mailbox against a real IMAPS server (GreenMail): attachments of known senders into the inbox with
 * the evidence of receipt, messages moved to the processed folder, nothing taken twice, unknown senders, machine-sent,
 * zip and malformed messages recorded and left, an unreachable mailbox and a refused login reported.
 */
class MailboxReaderTests extends MailboxTestSupport {

    @Test
    void takesTheAttachmentsOfAKnownSenderIntoTheInboxAndMovesTheMessage() {
        MimeMessage sent = ImapTestServer.message(KISSLEGG, "Rückmeldung 2025 Kißlegg",
                "Strukturen 2025.csv", STRUCTURES, "Personal.csv", STAFF);
        ImapTestServer.deliver(sent);

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.outcome()).isEqualTo(MailboxReader.Outcome.READ);
        assertThat(read).extracting(MailboxReader.Result::messages, MailboxReader.Result::stored,
                MailboxReader.Result::refused, MailboxReader.Result::waiting).containsExactly(1, 2, 0, 0);
        Path day = inbox.resolve("postfach/20260301");
        assertThat(day.resolve("08436052_Strukturen_2025.csv")).hasBinaryContent(STRUCTURES);
        assertThat(day.resolve("08436052_Personal.csv")).hasBinaryContent(STAFF);

        MailMessages.Message recorded = lastReadMessages().get(0);
        assertThat(recorded.status()).isEqualTo(Status.TAKEN_IN);
        assertThat(recorded.sender()).isEqualTo(KISSLEGG);
        assertThat(recorded.subject()).isEqualTo("Rückmeldung 2025 Kißlegg");
        assertThat(recorded.ags()).isEqualTo("08436052");
        assertThat(recorded.sentAt()).isEqualTo(IntegrationTest.NOW.toInstant());
        assertThat(recorded.messageId()).isEqualTo(messageId(sent)).isEqualTo(recorded.key());
        assertThat(recorded.attachments()).extracting(MailMessages.Attachment::fileName,
                        MailMessages.Attachment::storedAs)
                .containsExactly(tuple("Strukturen 2025.csv", "postfach/20260301/08436052_Strukturen_2025.csv"),
                        tuple("Personal.csv", "postfach/20260301/08436052_Personal.csv"));
        assertThat(ImapTestServer.subjects("INBOX")).isEmpty();
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung 2025 Kißlegg");
    }

    @Test
    void aSecondReadTakesNothingTwiceAndNeverOverwrites() throws Exception {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "erste", "Personal.csv", STAFF));
        reader.read(inbox);
        // The same message once more (a server that delivers twice), and a new one with a file of the same name.
        MimeMessage again = ImapTestServer.message(KISSLEGG, "zweite", "Personal.csv", STRUCTURES);
        ImapTestServer.deliver(again);
        String firstId = lastReadMessages().get(0).messageId();
        MimeMessage duplicate = ImapTestServer.message(KISSLEGG, "erste noch einmal", "Personal.csv", STAFF);
        duplicate.setHeader("Message-ID", firstId);
        ImapTestServer.deliver(duplicate);

        MailboxReader.Result second = reader.read(inbox);

        assertThat(second.messages()).isEqualTo(1);
        assertThat(second.stored()).isEqualTo(1);
        try (Stream<Path> files = Files.list(inbox.resolve("postfach/20260301"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("08436052_Personal.csv", "08436052_Personal_2.csv");
        }
        assertThat(inbox.resolve("postfach/20260301/08436052_Personal.csv")).hasBinaryContent(STAFF);
        assertThat(inbox.resolve("postfach/20260301/08436052_Personal_2.csv")).hasBinaryContent(STRUCTURES);
        assertThat(jdbc.sql("select count(*) from mail_message").query(Integer.class).single()).isEqualTo(2);
        // The known duplicate belongs in the processed folder: it is moved there, not taken in again.
        assertThat(ImapTestServer.subjects("INBOX")).isEmpty();
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED))
                .containsExactlyInAnyOrder("erste", "zweite", "erste noch einmal");

        assertThat(reader.read(inbox).messages()).isZero();
    }

    @Test
    void aFileWhoseBytesAreAlreadyInTheInboxIsListedNotStoredAgainAsWithAnUpload() throws IOException {
        Files.write(inbox.resolve("hochgeladen.csv"), STAFF);
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "noch einmal", "Personal.csv", STAFF,
                "Personal Kopie.csv", STAFF, "Strukturen.csv", STRUCTURES));

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.stored()).isEqualTo(1);
        assertThat(read.refused()).isEqualTo(2);
        assertThat(lastReadMessages().get(0).attachments()).extracting(MailMessages.Attachment::refusal,
                        MailMessages.Attachment::refusalDetail)
                .containsExactly(tuple("KNOWN", "dieselbe Datei liegt schon im Posteingang als hochgeladen.csv"),
                        tuple("KNOWN", "dieselbe Datei liegt schon im Posteingang als hochgeladen.csv"),
                        tuple(null, null));
    }

    @Test
    void withATrustedMailServerNamedAKnownAddressCountsOnlyWithItsDmarcPass() throws Exception {
        MailboxReader checking = readerWith(new MailboxProperties(properties.processedFolder(),
                properties.maxAttachmentsPerMessage(), "mx.lra.example.org", properties.imap()));
        MimeMessage vouched = ImapTestServer.message(KISSLEGG, "geprüft", "Personal.csv", STAFF);
        vouched.addHeader("Authentication-Results", "mx.lra.example.org; spf=pass smtp.mailfrom=kisslegg.example.org;"
                + " dmarc=pass (p=quarantine) header.from=kisslegg.example.org");
        vouched.saveChanges();
        MimeMessage forged = ImapTestServer.message(KISSLEGG, "gefälscht", "Strukturen.csv", STRUCTURES);
        // Written by the sender, not by the office's server: it does not count.
        forged.addHeader("Authentication-Results", "mx.fremd.example.com; dmarc=pass header.from=kisslegg.example.org");
        forged.addHeader("Authentication-Results", "mx.lra.example.org; dmarc=fail header.from=kisslegg.example.org");
        forged.saveChanges();
        ImapTestServer.deliver(vouched);
        ImapTestServer.deliver(forged);

        MailboxReader.Result read = checking.read(inbox);

        assertThat(read.stored()).isEqualTo(1);
        assertThat(read.waiting()).isEqualTo(1);
        assertThat(statuses()).containsEntry("geprüft", "TAKEN_IN").containsEntry("gefälscht", "WAITING");
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("gefälscht");
    }

    @Test
    void anUnknownSenderIsRecordedAndLeftInTheMailbox() {
        ImapTestServer.deliver(ImapTestServer.message("jemand@fremd.example.com", "Rückmeldung", "Personal.csv",
                STAFF));

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.waiting()).isEqualTo(1);
        assertThat(read.stored()).isZero();
        assertThat(inbox).isEmptyDirectory();
        assertThat(evidence.waiting(20).messages()).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo("jemand@fremd.example.com");
            assertThat(m.ags()).isNull();
        });
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung");
        assertThat(reader.read(inbox).messages()).as("recorded once").isZero();
    }

    @Test
    void theDirectoryEntrysOwnAddressCountsAndADomainTwoEntriesShareCountsForNeither() {
        SenderDirectory.Lookup lookup = directory.lookup();

        assertThat(lookup.agsOf("Integration@Kisslegg.Example.org")).contains("08436052");
        assertThat(lookup.agsOf("buergermeister@kisslegg.example.org")).contains("08436052");
        assertThat(lookup.agsOf("jemand@example.org")).isEmpty();
        SenderDirectory.Lookup shared = new SenderDirectory.Lookup(List.of(
                new Mailbox("08436001", "a@gvv.example.org", null, List.of("gvv.example.org")),
                new Mailbox("08436003", "b@gvv.example.org", null, List.of("gvv.example.org"))));
        assertThat(shared.agsOf("c@gvv.example.org")).isEmpty();
        assertThat(shared.agsOf("b@gvv.example.org")).contains("08436003");
    }

    @Test
    void machineSentMessagesAreIgnoredButAutoSubmittedNoIsTakenIn() throws Exception {
        MimeMessage outOfOffice = ImapTestServer.message(KISSLEGG, "Abwesenheitsnotiz", "Personal.csv", STAFF);
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.saveChanges();
        ImapTestServer.deliver(outOfOffice);
        MimeMessage byHand = ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF);
        byHand.setHeader("Auto-Submitted", "no");
        byHand.saveChanges();
        ImapTestServer.deliver(byHand);

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.messages()).isEqualTo(2);
        assertThat(read.stored()).isEqualTo(1);
        assertThat(statuses()).containsEntry("Abwesenheitsnotiz", "AUTOMATIC").containsEntry("Rückmeldung", "TAKEN_IN");
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Abwesenheitsnotiz");
    }

    @Test
    void aZipIsListedNotUnpackedAndOtherRefusalsCarryAGermanReason() throws IOException {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Alles gepackt", "Rueckmeldung.zip",
                new byte[]{'P', 'K', 3, 4, 0, 0}, "Brief.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1),
                "leer.csv", new byte[0], "Personal.csv", STAFF));

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.stored()).isEqualTo(1);
        assertThat(read.refused()).isEqualTo(3);
        List<MailMessages.Attachment> attachments = lastReadMessages().get(0).attachments();
        assertThat(attachments).extracting(MailMessages.Attachment::refusal)
                .containsExactly("ZIP", "NOT_A_TABLE", "EMPTY", null);
        assertThat(attachments.get(0).refusalDetail()).startsWith("ZIP-Archiv: nicht entpackt");
        assertThat(attachments.get(1).refusalDetail()).startsWith("keine Tabelle: ").contains("PDF");
        assertThat(attachments.get(2).refusalDetail()).isEqualTo("leere Datei");
        try (Stream<Path> files = Files.walk(inbox)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("08436052_Personal.csv");
        }
    }

    @Test
    void attachmentsBeyondTheSizeAndCountLimitsAreRefused() {
        MailboxProperties two = new MailboxProperties(properties.processedFolder(), 2, properties.trustedAuthservId(),
                properties.imap());
        ImportLimits staffSize = new ImportLimits(DataSize.ofBytes(STAFF.length), 5000, DataSize.ofMegabytes(200),
                0.01);
        MailboxReader limited = readerWith(two, new AttachmentIntake(checks, staffSize, two, messages, clock));
        byte[] larger = (new String(STAFF, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Viele", "a.csv", STAFF, "b.csv", larger,
                "c.csv", STAFF));

        limited.read(inbox);

        List<MailMessages.Attachment> attachments = lastReadMessages().get(0).attachments();
        assertThat(attachments).extracting(MailMessages.Attachment::refusal).containsExactly(null, "TOO_LARGE",
                "TOO_MANY");
        assertThat(attachments.get(1).refusalDetail()).startsWith("größer als");
        assertThat(attachments.get(2).refusalDetail()).isEqualTo("mehr als 2 Anhänge in einer Nachricht");
    }

    @Test
    void aMalformedMessageIsRecordedAndSkippedWhileTheNextOneIsTakenIn() {
        ImapTestServer.deliverRaw("""
                From: integration@kisslegg.example.org\r
                To: integrationsmonitor@lra.example.org\r
                Subject: kaputt\r
                Message-ID: <kaputt@kisslegg.example.org>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="grenze"\r
                \r
                --grenze\r
                Content-Type: text/csv; name="Personal.csv"\r
                Content-Disposition: attachment; filename="Personal.csv"\r
                Content-Transfer-Encoding: base64\r
                \r
                !!!! kein base64 ####\r
                --grenze--\r
                """);
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "heil", "Personal.csv", STAFF));

        MailboxReader.Result read = reader.read(inbox);

        assertThat(read.messages()).isEqualTo(2);
        assertThat(read.stored()).isEqualTo(1);
        assertThat(statuses()).containsEntry("kaputt", "MALFORMED").containsEntry("heil", "TAKEN_IN");
        assertThat(jdbc.sql("select problem from mail_message where status = 'MALFORMED'").query(String.class)
                .single()).isNotBlank();
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("kaputt");
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("heil");
        assertThat(reader.read(inbox).messages()).as("skipped, not retried").isZero();
    }

    @Test
    void aMessageWithoutMessageIdIsKnownByTheChecksumOfItsBytes() {
        String withoutId = """
                From: jemand@fremd.example.com\r
                To: integrationsmonitor@lra.example.org\r
                Subject: ohne Kennung\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Rückmeldung folgt.\r
                """;
        ImapTestServer.deliverRaw(withoutId);
        ImapTestServer.deliverRaw(withoutId);

        assertThat(reader.read(inbox).messages()).as("the same bytes twice are one message").isEqualTo(1);

        assertThat(lastReadMessages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isNull();
            assertThat(m.key()).startsWith("sha256:").hasSize("sha256:".length() + 64);
        });
        assertThat(reader.read(inbox).messages()).isZero();
    }

    @Test
    void anUnreachableMailboxAndARefusedLoginAreReportedAndRecorded() {
        MailboxProperties.Imap imap = properties.imap();
        MailboxReader closedPort = readerWith(new MailboxProperties.Imap(true, "localhost", 1, imap.protocol(),
                imap.username(), imap.password(), imap.folder(), imap.connectTimeout(), imap.readTimeout()));
        MailboxReader wrongPassword = readerWith(new MailboxProperties.Imap(true, "localhost", imap.port(),
                imap.protocol(), imap.username(), "falsch", imap.folder(), imap.connectTimeout(),
                imap.readTimeout()));

        MailboxReader.Result unreachable = closedPort.read(inbox);
        assertThat(unreachable.outcome()).isEqualTo(MailboxReader.Outcome.UNREACHABLE);
        assertThat(unreachable.server()).isEqualTo("localhost:1");
        assertThat(unreachable.problem()).isNotBlank();
        assertThat(evidence.lastRead().orElseThrow().outcome()).isEqualTo("UNREACHABLE");

        assertThat(wrongPassword.read(inbox).outcome()).isEqualTo(MailboxReader.Outcome.LOGIN_REFUSED);
        assertThat(evidence.lastRead().orElseThrow().outcome()).isEqualTo("LOGIN_REFUSED");
        assertThat(inbox).isEmptyDirectory();
    }

    @Test
    void switchedOffItReadsNothing() {
        ImapTestServer.deliver(ImapTestServer.message(KISSLEGG, "Rückmeldung", "Personal.csv", STAFF));
        MailboxProperties.Imap imap = properties.imap();
        MailboxReader off = readerWith(new MailboxProperties.Imap(false, imap.host(), imap.port(), imap.protocol(),
                imap.username(), imap.password(), imap.folder(), imap.connectTimeout(), imap.readTimeout()));

        assertThat(off.read(inbox).outcome()).isEqualTo(MailboxReader.Outcome.OFF);
        assertThat(evidence.lastRead()).isEmpty();
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung");
    }

    private List<MailMessages.Message> lastReadMessages() {
        return evidence.ofRead(evidence.lastRead().orElseThrow().id());
    }

    private MailboxReader readerWith(MailboxProperties.Imap imap) {
        return readerWith(new MailboxProperties(properties.processedFolder(), properties.maxAttachmentsPerMessage(),
                properties.trustedAuthservId(), imap));
    }

    private Map<String, String> statuses() {
        Map<String, String> statuses = new HashMap<>();
        jdbc.sql("select subject, status from mail_message").query(rs -> {
            statuses.put(rs.getString("subject"), rs.getString("status"));
        });
        return statuses;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
