package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.letters.SmtpTestServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending from the command line, as cron starts it (no web server, the server-only parts switched off): refused
 * with a German line while the sample-data setting is on, the run still ending with 0; otherwise the letters reach
 * the real SMTP server in the test JVM.
 */
class SendingProcessTests {

    private static final String PERSONAL = "AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt;E-Mail\n";

    @RegisterExtension
    static GreenMailExtension smtp = SmtpTestServer.extension();

    @TempDir
    Path work;

    @Test
    void sampleDataRefusesSendingWithoutFailingTheRunAndOtherwiseTheRemindersGoOut() throws Exception {
        Path input = work.resolve("input");
        Path reports = work.resolve("reports");
        Path data = work.resolve("data");
        TestInbox.write(input.resolve("Kisslegg_Personal.csv"),
                PERSONAL + "08436052;Kißlegg;2025;IM;19,5;ja;integration@kisslegg.example.org\n",
                Instant.parse("2026-02-20T08:00:00Z"));

        ChildRun run = ChildRun.startWithJvmOptions(sendingOn(true), "--input", input.toString(),
                "--reports", reports.toString(), "--data", data.toString());

        assertThat(run.awaitExit(300)).as("%s", run.output()).isZero();
        assertThat(run.output()).contains("E-Mails nicht versendet: der Versand startet nicht, solange "
                + "integrationsmonitor.report.sample-data an ist (Beispieldaten). Die Briefe bleiben Entwürfe und "
                + "werden auch später nicht versendet.");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        ChildRun reminders = ChildRun.startWithJvmOptions(sendingOn(false), "--erinnerungen", "2025",
                "--reports", reports.toString(), "--data", data.toString());

        assertThat(reminders.awaitExit(300)).as("%s", reminders.output()).isZero();
        assertThat(reminders.output()).contains("E-Mails versendet: 39, nicht versendet (Fehler, neuer Versuch beim "
                + "nächsten Lauf): 0, nur als Entwurf (Adresse nicht aus dem Adressverzeichnis): 0");
        MimeMessage[] received = smtp.getReceivedMessages();
        // The reminders only: the Rückfrage written while the sample data were on stays a draft.
        assertThat(received).hasSize(39);
        for (MimeMessage mail : received) {
            assertThat(mail.getSubject()).startsWith("Erinnerung: Rückmeldung 2025");
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        }
    }

    private static List<String> sendingOn(boolean sampleData) {
        List<String> options = new ArrayList<>(List.of("-Dspring.mail.host=" + SmtpTestServer.HOST,
                "-Dspring.mail.port=" + SmtpTestServer.PORT, "-D" + SmtpTestServer.PLAIN_RELAY + "=false",
                "-Dintegrationsmonitor.mail.sending.enabled=true"));
        options.add("-Dintegrationsmonitor.report.sample-data=" + sampleData);
        return options;
    }
}
