package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.returns.InboxIntake;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests that read the office mailbox from a real IMAPS server (GreenMail): the shared context with the mailbox on,
 * empty project tables, a fresh inbox, Kißlegg's two returns, and readers built with other settings or parts.
 */
@IntegrationTest
abstract class MailboxTestSupport {

    static final String KISSLEGG = "integration@kisslegg.example.org";
    static final byte[] STRUCTURES = fixture("Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv");
    static final byte[] STAFF = fixture("Rueckmeldung_2025_08436052_Kisslegg_Personal.csv");

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        ImapTestServer.properties(registry);
    }

    @RegisterExtension
    static Extension mailbox = ImapTestServer.extension();

    @Autowired
    MailboxReader reader;
    @Autowired
    MailMessages evidence;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchemaTables tables;
    @Autowired
    MailboxProperties properties;
    @Autowired
    SenderDirectory directory;
    @Autowired
    AttachmentIntake intake;
    @Autowired
    Clock clock;
    @Autowired
    MessageSource messages;
    @Autowired
    InboxIntake checks;

    @TempDir
    Path inbox;

    @BeforeEach
    void empty() {
        ProjectTables.clear(jdbc, tables);
    }

    /** A reader like the application's, with other settings. */
    MailboxReader readerWith(MailboxProperties settings) {
        return readerWith(settings, intake);
    }

    /** A reader like the application's, with other settings and another way of taking attachments in. */
    MailboxReader readerWith(MailboxProperties settings, AttachmentIntake attachments) {
        return new MailboxReader(settings, evidence, directory, attachments, messages, clock);
    }

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/web", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
