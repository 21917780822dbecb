package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImapTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run from the command line (no web server, the server-only parts left out) reads the mailbox too: the password
 * from the environment, the server's certificate trusted through the JVM's trust store as in production.
 */
class MailboxProcessTests {

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path data;

    @Test
    void aCommandLineRunImportsWhatCameByEmail() throws Exception {
        ImapTestServer.reset();
        ImapTestServer.deliver(ImapTestServer.message("integration@kisslegg.example.org", "Rückmeldung",
                "Strukturen.csv", Files.readAllBytes(
                        Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv"))));
        List<String> jvm = new ArrayList<>(ImapTestServer.trustStoreOptions());
        jvm.addAll(List.of("-Dintegrationsmonitor.mail.imap.enabled=true",
                "-Dintegrationsmonitor.mail.imap.host=localhost",
                "-Dintegrationsmonitor.mail.imap.port=" + ImapTestServer.start().getImaps().getPort(),
                "-Dintegrationsmonitor.mail.imap.username=" + ImapTestServer.LOGIN));

        ChildRun run = ChildRun.startWithEnvironment(
                Map.of("INTEGRATIONSMONITOR_MAIL_IMAP_PASSWORD", ImapTestServer.PASSWORD), jvm,
                "--input", inbox.toString(), "--reports", reports.toString(), "--data", data.toString());

        assertThat(run.awaitExit(180)).as(String.join("\n", run.output())).isZero();
        // The child process runs on the real clock: today's folder.
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(run.output()).contains("Postfach: 1 neue Nachricht, 1 Anhang übernommen",
                "Datei 1 von 1: postfach/" + today + "/08436052_Strukturen.csv");
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung");
    }
}
