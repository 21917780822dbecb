package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.landkreis.integrationsmonitor.ImapTestServer;
import de.landkreis.integrationsmonitor.mailbox.MailboxReader;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.RunHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Übersicht's mailbox section with the mailbox switched on (GreenMail IMAPS): what the last read brought, the
 * messages of unknown senders with „übernehmen“ and „erledigt“ (CSRF, audit line, moved), and „Postfach jetzt
 * abrufen“, which starts a run that imports what came by e-mail.
 */
@WebTest
// A context of its own (the mailbox settings) needs a database of its own: the shared one already holds the
// accounts the other web contexts created.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-mailbox;DB_CLOSE_DELAY=-1")
class MailboxMessagesControllerTests {

    private static final String STRANGER = "sachbearbeitung@verband.example.com";

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        ImapTestServer.properties(registry);
    }

    @RegisterExtension
    static Extension mailbox = ImapTestServer.extension();

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    MailboxReader reader;
    @Autowired
    RunHistory history;
    @Autowired
    MailMessages mail;

    @BeforeEach
    void empty() {
        fixtures.reset();
    }

    @Test
    void theUbersichtShowsWhatTheLastReadBroughtAndWhatWaits() throws Exception {
        ImapTestServer.deliver(ImapTestServer.message("integration@kisslegg.example.org", "Rückmeldung Kißlegg",
                "Personal.csv", WebFixtures.bytes(WebFixtures.STAFF_WITH_ERROR), "alles.zip", new byte[]{'P', 'K', 3, 4}));
        ImapTestServer.deliver(ImapTestServer.message(STRANGER, "Rückmeldung des Verbands", "Verband.csv",
                WebFixtures.bytes(WebFixtures.STRUCTURES)));
        reader.read(fixtures.options().input());

        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Postfach jetzt abrufen", "Zuletzt gelesen am 01.03.2026 10:00: 2 neue Nachrichten.",
                "Rückmeldung Kißlegg", "href=\"/gemeinden/08436052\"",
                "übernommen als postfach/20260301/08436052_Personal.csv",
                "alles.zip: abgelehnt, ZIP-Archiv: nicht entpackt",
                "Nachrichten, die auf eine Entscheidung warten (1)", STRANGER, "Rückmeldung des Verbands",
                "action=\"/postfach/nachrichten/", "name=\"_csrf\"")
                .containsSubsequence("id=\"postfach-wartet\"", "übernehmen", "erledigt")
                .contains("Im Posteingang für den nächsten Lauf: 1 Dateien");
    }

    @Test
    void theUbersichtListsTheNewestWaitingMessagesWithTheirCountAndUnreadableOnesWithUebernehmen() throws Exception {
        long read = mail.recordRead(Instant.parse("2026-03-01T09:00:00Z"), "READ");
        for (int i = 1; i <= 22; i++) {
            mail.record(new MailMessages.NewMessage("<" + i + "@verband.example.com>", null, STRANGER,
                    "Nachricht " + i, null, null, MailMessages.Status.WAITING, null), read, List.of());
        }
        mail.record(new MailMessages.NewMessage("<kaputt@kisslegg.example.org>", null,
                "integration@kisslegg.example.org", "kaputt", null, "08436052", MailMessages.Status.MALFORMED,
                "Missing start boundary"), read, List.of());

        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Nachrichten, die auf eine Entscheidung warten (23)", "Die 20 neuesten von 23");
        String waitingTable = html.substring(html.indexOf("id=\"postfach-wartet\""));
        assertThat(waitingTable).contains(">Nachricht 22<", "(nicht lesbar: Missing start boundary)")
                .doesNotContain(">Nachricht 3<")
                .containsSubsequence("kaputt", "übernehmen", "erledigt");
    }

    @Test
    void takingAWaitingMessageInStoresItsAttachmentsWithAnAuditLineAndMovesIt() throws Exception {
        long id = waitingMessage();
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung des Verbands");

        MockHttpSession session = new MockHttpSession();
        MvcResult decided = mvc.perform(post("/postfach/nachrichten/" + id + "/uebernehmen").session(session)
                        .with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("noticeKey", "web.postfach.decision.TAKEN_IN"))
                .andReturn();

        Path stored = fixtures.options().input().resolve("postfach/20260301/Verband.csv");
        assertThat(stored).hasBinaryContent(WebFixtures.bytes(WebFixtures.STRUCTURES));
        assertThat(row("select status, handled_by from mail_message where id = " + id))
                .containsEntry("STATUS", "TAKEN_IN_BY_HAND").containsEntry("HANDLED_BY", WebTest.USER);
        assertThat(row("select stored_as from mail_attachment where message = " + id))
                .containsEntry("STORED_AS", "postfach/20260301/Verband.csv");
        assertThat(row("select user_name, target from audit_event where event = 'MAIL_TAKEN_IN'"))
                .containsEntry("USER_NAME", WebTest.USER).containsEntry("TARGET", STRANGER);
        assertThat(ImapTestServer.subjects("INBOX")).isEmpty();
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung des Verbands");
        mvc.perform(get("/").session(session).flashAttrs(decided.getFlashMap()).with(user(WebTest.USER)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Die Anhänge der Nachricht wurden in den Posteingang übernommen")
                        .contains("Keine Nachricht wartet auf eine Entscheidung."));

        // Only one decision counts.
        mvc.perform(post("/postfach/nachrichten/" + id + "/erledigt").with(user(WebTest.USER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "web.postfach.decision.NOT_WAITING"));
    }

    @Test
    void markingAWaitingMessageDoneTakesNothingInAndMovesIt() throws Exception {
        long id = waitingMessage();

        mvc.perform(post("/postfach/nachrichten/" + id + "/erledigt").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("noticeKey", "web.postfach.decision.DONE"));

        assertThat(fixtures.options().input()).isEmptyDirectory();
        assertThat(row("select status, handled_by from mail_message where id = " + id))
                .containsEntry("STATUS", "DONE").containsEntry("HANDLED_BY", WebTest.USER);
        assertThat(row("select user_name, target from audit_event where event = 'MAIL_DONE'"))
                .containsEntry("TARGET", STRANGER);
        assertThat(ImapTestServer.subjects(ImapTestServer.PROCESSED)).containsExactly("Rückmeldung des Verbands");
    }

    @Test
    void aMessageSomeoneElseRemovedCannotBeTakenInButCanBeMarkedDone() throws Exception {
        long id = waitingMessage();
        ImapTestServer.reset();

        mvc.perform(post("/postfach/nachrichten/" + id + "/uebernehmen").with(user(WebTest.USER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "web.postfach.decision.NOT_IN_MAILBOX"));
        assertThat(row("select status from mail_message where id = " + id)).containsEntry("STATUS", "WAITING");

        mvc.perform(post("/postfach/nachrichten/" + id + "/erledigt").with(user(WebTest.USER)).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "web.postfach.decision.DONE"));
        assertThat(row("select status from mail_message where id = " + id)).containsEntry("STATUS", "DONE");
        assertThat(fixtures.options().input()).isEmptyDirectory();
    }

    @Test
    void aDecisionNeedsTheFormsCsrfToken() throws Exception {
        long id = waitingMessage();

        mvc.perform(post("/postfach/nachrichten/" + id + "/uebernehmen").with(user(WebTest.USER)))
                .andExpect(status().isForbidden());

        assertThat(row("select status from mail_message where id = " + id)).containsEntry("STATUS", "WAITING");
        assertThat(ImapTestServer.subjects("INBOX")).containsExactly("Rückmeldung des Verbands");
    }

    @Test
    void fetchingTheMailboxStartsARunThatImportsWhatCameByEmail() throws Exception {
        ImapTestServer.deliver(ImapTestServer.message("integration@kisslegg.example.org", "Rückmeldung",
                WebFixtures.STRUCTURES, WebFixtures.bytes(WebFixtures.STRUCTURES)));

        mvc.perform(post("/postfach/abrufen").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("noticeKey", "web.postfach.fetchStarted"));

        await().atMost(Duration.ofSeconds(60)).until(() -> history.latest(1).stream()
                .anyMatch(r -> "COMPLETED".equals(r.status())));
        assertThat(history.latest(1).get(0).accepted()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("select relative_path from received_file").query(String.class).list())
                .containsExactly("postfach/20260301/08436052_" + WebFixtures.STRUCTURES);
        await().atMost(Duration.ofSeconds(10)).until(() -> mvc.perform(get("/laeufe/fortschritt")
                .with(user(WebTest.USER))).andReturn().getResponse().getContentAsString().contains("\"running\":false"));
    }

    private long waitingMessage() {
        ImapTestServer.deliver(ImapTestServer.message(STRANGER, "Rückmeldung des Verbands", "Verband.csv",
                WebFixtures.bytes(WebFixtures.STRUCTURES)));
        reader.read(fixtures.options().input());
        return fixtures.jdbc().sql("select id from mail_message where status = 'WAITING'").query(Long.class).single();
    }

    private Map<String, Object> row(String sql) {
        return fixtures.jdbc().sql(sql).query().singleRow();
    }
}
