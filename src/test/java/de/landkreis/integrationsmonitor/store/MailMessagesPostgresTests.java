package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.PostgresTest;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence of receipt on PostgreSQL, which refuses a NUL in text that H2 takes: a decoded subject or attachment
 * name with one (`=?UTF-8?Q?=00?=`) is recorded without it, and the Übersicht's page of waiting messages works.
 */
@PostgresTest
class MailMessagesPostgresTests {

    @Autowired
    MailMessages mail;

    @Test
    void controlCharactersFromMailHeadersAreRecordedWithoutThemAndWaitingMessagesComeAsAPage() {
        long read = mail.recordRead(Instant.parse("2026-03-01T09:00:00Z"), "READ");
        long first = mail.record(new MailMessages.NewMessage("<a@fremd.example.com>", "<a@fremd.example.com>",
                "a@fremd.example.com", "Rück\u0000meldung", null, null, Status.WAITING, null), read, List.of());
        mail.record(new MailMessages.NewMessage("<b@kisslegg.example.org>", null, "b@kisslegg.example.org",
                "kaputt", null, "08436052", Status.MALFORMED, "Fehler\u0000"), read,
                List.of(new MailMessages.Attachment("Perso\u0000nal.csv", null, "EMPTY", "leere Datei")));

        assertThat(mail.find(first).orElseThrow().subject()).isEqualTo("Rückmeldung");
        MailMessages.Waiting page = mail.waiting(1);
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.messages()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("kaputt");
            assertThat(m.problem()).isEqualTo("Fehler");
            assertThat(m.attachments()).extracting(MailMessages.Attachment::fileName).containsExactly("Personal.csv");
        });
    }
}
