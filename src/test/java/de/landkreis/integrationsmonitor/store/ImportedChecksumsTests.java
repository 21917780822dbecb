package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.returns.Checksum;
import de.landkreis.integrationsmonitor.returns.InboxIntake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox's duplicate check (uploads, mailbox) takes the checksum of a file an import has read from the database
 * instead of reading the file again; only files no import has read, or that changed since, are read.
 */
class ImportedChecksumsTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final String RETURN = """
            AGS;Gemeinde;Berichtsjahr;Kernthema;Ansprechperson;Netzwerk;Angebote;Handlungsbedarf;Ausgefüllt von
            08436052;Kißlegg;2025;SPR;ja;ja;1;nein;Erika Beispiel
            """;

    @Autowired
    InboxIntake intake;

    @Test
    void aFileAnImportReadIsNotReadAgainANewOneIs() throws Exception {
        Path imported = TestInbox.write(inbox.resolve("2025/kisslegg.csv"), RETURN, RECEIVED);
        String asImported = Checksum.sha256(imported);
        importRun.run(inbox, reports, null);
        // Other bytes of the same size at the same time: by RETURNS.md §1 the same file. Its checksum still being
        // the import's shows that the file was not read again.
        TestInbox.write(imported, RETURN.replace("Erika", "Frida"), RECEIVED);
        assertThat(Files.size(imported)).isEqualTo(RETURN.getBytes(StandardCharsets.UTF_8).length);
        Path added = TestInbox.write(inbox.resolve("2025/neu.csv"), RETURN.replace("SPR", "BIL"), RECEIVED);

        Map<String, String> known = intake.known(inbox);

        assertThat(known).containsOnly(
                Map.entry(asImported, "2025/kisslegg.csv"),
                Map.entry(Checksum.sha256(added), "2025/neu.csv"));
    }

    @Test
    void aFileChangedSinceItsImportIsReadAgain() throws Exception {
        Path imported = TestInbox.write(inbox.resolve("2025/kisslegg.csv"), RETURN, RECEIVED);
        importRun.run(inbox, reports, null);
        TestInbox.write(imported, RETURN + "08436052;Kißlegg;2025;BIL;ja;ja;1;nein;Erika Beispiel\n",
                RECEIVED.plusSeconds(60));

        assertThat(intake.known(inbox)).containsOnly(Map.entry(Checksum.sha256(imported), "2025/kisslegg.csv"));
    }
}
