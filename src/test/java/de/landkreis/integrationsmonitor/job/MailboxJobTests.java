package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.ImportTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole run with the office mailbox switched on (GreenMail IMAPS): a return that came by e-mail is imported by the
 * same run, with its findings; an unreachable mailbox costs one line and the run goes on with the inbox.
 */
@RecordApplicationEvents
class MailboxJobTests extends ImportTestSupport {

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        ImapTestServer.properties(registry);
    }

    @RegisterExtension
    static Extension mailbox = ImapTestServer.extension();

    @Autowired
    ApplicationEvents events;
    @Autowired
    MessageSource messages;

    @Test
    void aReturnSentByEmailIsImportedAndAnsweredByTheNextRun() throws IOException {
        // Personal with VZÄ 19,5: rule P02, a FEHLER.
        byte[] staff = Files.readAllBytes(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Personal.csv"));
        ImapTestServer.deliver(ImapTestServer.message("integration@kisslegg.example.org", "Rückmeldung Personal",
                "Rückmeldung Personal 2025.csv", staff));

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        String stored = "postfach/20260301/08436052_Rückmeldung_Personal_2025.csv";
        assertThat(inbox.resolve(stored)).hasBinaryContent(staff);
        assertThat(jdbc.sql("select relative_path from received_file").query(String.class).list())
                .containsExactly(stored);
        assertThat(jdbc.sql("""
                        select f.rule_code from finding f join received_file r on r.id = f.file_id
                        where r.relative_path = :path and f.severity = 'FEHLER'""")
                .param("path", stored).query(String.class).list()).contains("P02");
        assertThat(jdbc.sql("select ags, report_year, accepted from section_version").query((rs, row) ->
                rs.getString(1) + " " + rs.getInt(2) + " " + rs.getBoolean(3)).list())
                .containsExactly("08436052 2025 false");
        // … and answered: the Rückfrage to the municipality, as a draft to its directory address.
        assertThat(jdbc.sql("select ags || ' ' || kind || ' ' || address from letter").query(String.class).list())
                .containsExactly("08436052 RUECKFRAGE integration@kisslegg.example.org");
        assertThat(jdbc.sql("select status from mail_message").query(String.class).single()).isEqualTo("TAKEN_IN");
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung Personal");
        assertThat(consoleLines()).first()
                .isEqualTo("Postfach: 1 neue Nachricht, 1 Anhang übernommen");
    }

    @Test
    void theLineCountsWaitingAndRefusedAndTheRunStillReadsTheInbox() {
        ImapTestServer.deliver(ImapTestServer.message("jemand@fremd.example.com", "Hallo", "a.csv",
                "x".getBytes()));
        ImapTestServer.deliver(ImapTestServer.message("integration@kisslegg.example.org", "Archiv", "a.zip",
                new byte[]{'P', 'K', 3, 4}));

        assertThat(importRun.run(inbox, reports, null).completed()).isTrue();

        assertThat(consoleLines()).first().isEqualTo("Postfach: 2 neue Nachrichten, kein Anhang übernommen, "
                + "1 Anhang abgelehnt, 1 Nachricht von unbekanntem Absender wartet");
    }

    @Test
    void aRefusedLoginCostsOneLineAndTheRunImportsTheInboxAsItIs() throws IOException {
        Files.copy(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv"),
                inbox.resolve("Strukturen.csv"));
        ImapTestServer.refuseLogins();

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        assertThat(jdbc.sql("select relative_path from received_file").query(String.class).list())
                .containsExactly("Strukturen.csv");
        assertThat(consoleLines()).containsExactly("Postfach localhost:" + ImapTestServer.start().getImaps().getPort()
                + ": Anmeldung als „" + ImapTestServer.LOGIN + "“ abgelehnt. Bitte Benutzer und Kennwort "
                + "(INTEGRATIONSMONITOR_MAIL_IMAP_PASSWORD) prüfen. Dieser Lauf liest nur den Eingangsordner.");
    }

    private List<String> consoleLines() {
        return events.stream(RunNotice.class).filter(n -> n.messageKey().startsWith("postfach."))
                .map(n -> messages.getMessage(n.messageKey(), n.arguments().toArray(), Locale.GERMANY)).toList();
    }
}
