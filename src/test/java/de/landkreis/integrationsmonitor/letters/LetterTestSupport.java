package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.reference.MailboxDirectory;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tests of the letters a run writes and sends: faulty returns of Kißlegg (in the office directory) and Boms (taken
 * out of it, so its letter goes to its return's sender), and the directory as shipped again after each test.
 */
abstract class LetterTestSupport extends ImportTestSupport {

    static final Instant SENT = Instant.parse("2026-02-20T08:00:00Z");
    static final String PERSONAL = "AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt;E-Mail\n";

    @Autowired
    Mailboxes mailboxes;
    @Autowired
    MailboxDirectory directory;
    @Autowired
    Letters letters;

    @AfterEach
    void restoreTheDirectory() {
        jdbc.sql("delete from mailbox").update();
        mailboxes.fillFromFile(directory.entries());
    }

    /** Kißlegg and Boms send a faulty Personal file each (P02, P03); Boms is not in the directory. */
    void writeFaultyReturns() {
        jdbc.sql("delete from mailbox where ags = '08436019'").update();
        TestInbox.write(inbox.resolve("Kisslegg_Personal.csv"),
                PERSONAL + "08436052;Kißlegg;2025;IM;19,5;ja;integration-alt@kisslegg.example.org\n", SENT);
        TestInbox.write(inbox.resolve("Boms_Personal.csv"),
                PERSONAL + "08436019;Boms;2025;IM;0,5;vielleicht;buergermeisteramt@boms.example.org\n", SENT);
    }

    long lastRunId() {
        return jdbc.sql("select max(id) from import_run").query(Long.class).single();
    }
}
