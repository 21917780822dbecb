package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.landkreis.integrationsmonitor.job.FileProgress;
import de.landkreis.integrationsmonitor.run.RunLock;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Übersicht: the latest runs, starting a run in the background, refusal while one works, live progress. */
@WebTest
class OverviewControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    RunHistory history;
    @Autowired
    RunLock lock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Letters letters;

    @BeforeEach
    void empty() {
        fixtures.reset();
    }

    @Test
    void listsTheLatestRunsWithTheirCounts() throws Exception {
        long runId = fixtures.importBoth();

        MvcResult result = mvc.perform(get("/").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(view().name("overview/overview"))
                .andExpect(model().attribute("running", false))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<RunRecord> runs = (List<RunRecord>) result.getModelAndView().getModel().get("runs");
        assertThat(runs).extracting(RunRecord::id).containsExactly(runId);
        assertThat(runs.get(0).errors()).isEqualTo(1);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Letzte Läufe", "abgeschlossen", "Lauf starten", "Zurzeit läuft kein Lauf.",
                "aria-label=\"Dateien von Lauf " + runId + "\"", "href=\"/laeufe/" + runId + "\"",
                "/pruefprotokoll?lauf=" + runId + "&amp;schwere=FEHLER", "01.03.2026 10:00",
                "Im Posteingang für den nächsten Lauf: 0 Dateien", "Das Postfach wird nicht gelesen")
                .doesNotContain("Postfach jetzt abrufen", "Nachrichten, die auf eine Entscheidung warten");
        assertThat(html.substring(html.indexOf("id=\"lauf-starten\""), html.indexOf("</button>",
                html.indexOf("id=\"lauf-starten\"")))).doesNotContain("disabled");
    }

    @Test
    void listsTheInboxFilesTheNextRunWouldRegisterInOrderOfReceipt() throws Exception {
        fixtures.importBoth();
        Path inbox = fixtures.options().input();
        Files.writeString(inbox.resolve("b_neu.csv"), "neu");
        Files.writeString(inbox.resolve("a_neu.csv"), "neu");
        Files.setLastModifiedTime(inbox.resolve("a_neu.csv"),
                FileTime.fromMillis(Files.getLastModifiedTime(inbox.resolve("b_neu.csv")).toMillis() + 1000));

        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Im Posteingang für den nächsten Lauf: 2 Dateien")
                .containsSubsequence("<li>b_neu.csv</li>", "<li>a_neu.csv</li>")
                .doesNotContain("<li>" + WebFixtures.STRUCTURES + "</li>");
    }

    @Test
    void startsARunInTheBackgroundThatImportsTheInbox() throws Exception {
        Files.write(fixtures.options().input().resolve(WebFixtures.STRUCTURES), WebFixtures.bytes(WebFixtures.STRUCTURES));

        mvc.perform(post("/laeufe").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("noticeKey", "web.run.started"));

        await().atMost(Duration.ofSeconds(60)).until(() -> history.latest(1).stream()
                .anyMatch(r -> "COMPLETED".equals(r.status())));
        assertThat(history.latest(1).get(0).accepted()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> isIdle());
    }

    @Test
    void refusesToStartWhileAnotherRunHoldsTheLock() throws Exception {
        try (RunLock.Held held = lock.tryAcquire().orElseThrow()) {
            MockHttpSession session = new MockHttpSession();
            MvcResult refused = mvc.perform(post("/laeufe").session(session).with(user(WebTest.USER)).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("problemKey", "web.run.alreadyRunning"))
                    .andReturn();

            mvc.perform(get("/").session(session).flashAttrs(refused.getFlashMap()).with(user(WebTest.USER)))
                    .andExpect(content().string(containsString("Ein Lauf läuft bereits.")));
        }
        assertThat(history.latest(5)).isEmpty();
    }

    @Test
    void progressOfAWorkingRunIsServedAsJson() throws Exception {
        mvc.perform(get("/laeufe/fortschritt").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.text").value("Zurzeit läuft kein Lauf."));

        // A run of another process (or the schedule) as the history sees it while it works.
        JobExecution working = jobRepository.createJobExecution("importJob",
                new JobParametersBuilder().addString("instance", "anderer-Prozess").toJobParameters());
        working.setStatus(BatchStatus.STARTED);
        working.setStartTime(LocalDateTime.of(2026, 3, 1, 9, 0));
        jobRepository.update(working);
        fixtures.jdbc().sql("insert into import_run (job_execution_id, started_at) values (:job, :at)")
                .param("job", working.getId()).param("at", Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0)))
                .update();
        long runId = fixtures.jdbc().sql("select max(id) from import_run").query(Long.class).single();
        events.publishEvent(new FileProgress(runId, 3, 12, "2025/Rueckmeldung_Achberg.xlsx"));

        mvc.perform(get("/laeufe/fortschritt").with(user(WebTest.USER)))
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.text").value(
                        "Lauf " + runId + " läuft: Datei 3 von 12 (2025/Rueckmeldung_Achberg.xlsx)"));
        mvc.perform(get("/").with(user(WebTest.USER)))
                .andExpect(model().attribute("running", true))
                .andExpect(content().string(containsString("data-running=\"true\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"lauf-starten\"[^>]*disabled.*")))
                .andExpect(content().string(containsString("Datei 3 von 12")));
    }

    /**
     * The letters the program did not send wait for a person on the Übersicht, with why (a hand send, undelivered,
     * listed by a dry run); sent letters and drafts written while sending was off are not listed. The municipality's
     * letters show the same state.
     */
    @Test
    void listsTheLettersWaitingForAHandSendAndTheUndeliveredOnes() throws Exception {
        long hand = letter("08436019", "Rueckfrage_08436019_Boms.eml", "buergermeisteramt@boms.example.org",
                Letters.AddressSource.RETURN, Letters.Sending.HAND);
        long undelivered = letter("08436052", "Rueckfrage_08436052_Kisslegg.eml", "integration@kisslegg.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DUE);
        letters.startSending(undelivered, Instant.now());
        letters.failed(undelivered, "Mailserver nicht erreichbar (Couldn't connect to host, port: smtp.lra.local, 25)",
                1);
        long sent = letter("08436001", "Erinnerung_2025_08436001_Achberg.eml", "integration@achberg.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DUE);
        letters.startSending(sent, Instant.now());
        letters.sent(sent, Instant.parse("2026-03-01T09:05:00Z"));
        letter("08436003", "Erinnerung_2025_08436003_Aichstetten.eml", "integration@aichstetten.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DRAFT);
        long dryRun = letter("08436004", "Erinnerung_2025_08436004_Aitrach.eml", "integration@aitrach.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DUE);
        letters.listedByDryRun(dryRun);

        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("E-Mails an die Gemeinden, die auf Sie warten (3)", "id=\"briefe-wartend-tabelle\"",
                "href=\"/briefe/" + hand + "\"", "Rueckfrage_08436019_Boms.eml", "Boms",
                "Entwurf, von Hand senden (Adresse nicht aus dem Adressverzeichnis)",
                "href=\"/briefe/" + undelivered + "\"", "Kißlegg", "data-sending=\"UNDELIVERED\"",
                "nicht zugestellt", "Mailserver nicht erreichbar (Couldn&#39;t connect to host, port: smtp.lra.local, 25)",
                "Erinnerung_2025_08436004_Aitrach.eml", "im Probebetrieb nicht versendet")
                .doesNotContain("Erinnerung_2025_08436001_Achberg.eml", "Erinnerung_2025_08436003_Aichstetten.eml");
        assertThat(mvc.perform(get("/adressen/08436052").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("data-sending=\"UNDELIVERED\"", "nicht zugestellt", "Mailserver nicht erreichbar");
        assertThat(mvc.perform(get("/adressen/08436001").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString()).contains("versendet am 01.03.2026 10:05");
    }

    @Test
    void withNoLetterWaitingTheSectionIsNotShown() throws Exception {
        letter("08436003", "Erinnerung_2025_08436003_Aichstetten.eml", "integration@aichstetten.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DRAFT);

        mvc.perform(get("/").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("lettersCount", 0))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("briefe-wartend"))));
    }

    @Test
    void aLetterSentByHandIsMarkedWithTheAnalystAuditedAndLeavesTheList() throws Exception {
        long hand = letter("08436019", "Rueckfrage_08436019_Boms.eml", "buergermeisteramt@boms.example.org",
                Letters.AddressSource.RETURN, Letters.Sending.HAND);
        long sent = letter("08436001", "Erinnerung_2025_08436001_Achberg.eml", "integration@achberg.example.org",
                Letters.AddressSource.DIRECTORY, Letters.Sending.DUE);
        letters.startSending(sent, Instant.now());
        letters.sent(sent, Instant.parse("2026-03-01T09:05:00Z"));
        assertThat(mvc.perform(get("/").with(user(WebTest.USER))).andReturn().getResponse().getContentAsString())
                .contains("action=\"/briefe/" + hand + "/von-hand-gesendet\"",
                        "aria-label=\"Als von Hand gesendet vermerken: Rueckfrage_08436019_Boms.eml\"");

        mvc.perform(post("/briefe/" + hand + "/von-hand-gesendet").with(user(WebTest.USER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/briefe/" + hand + "/von-hand-gesendet").with(user(WebTest.USER)).with(csrf()))
                .andExpect(redirectedUrl("/#briefe-wartend"))
                .andExpect(flash().attribute("noticeKey", "web.letters.markedSentByHand"));

        Letters.Letter marked = letters.byId(hand).orElseThrow();
        assertThat(marked.sending()).isEqualTo(Letters.Sending.SENT_BY_HAND);
        assertThat(marked.sentBy()).isEqualTo(WebTest.USER);
        assertThat(marked.sentAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(fixtures.jdbc().sql("select count(*) from audit_event where event = 'LETTER_SENT_BY_HAND'"
                        + " and user_name = :user and target = :target")
                .param("user", WebTest.USER).param("target", "brief-" + hand).query(Integer.class).single())
                .isEqualTo(1);
        mvc.perform(get("/").with(user(WebTest.USER))).andExpect(model().attribute("lettersCount", 0));
        assertThat(mvc.perform(get("/adressen/08436019").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString()).contains("von Hand gesendet (" + WebTest.USER + ", 01.03.2026 10:00)");

        mvc.perform(post("/briefe/" + hand + "/von-hand-gesendet").with(user(WebTest.USER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "web.letters.alreadySentByHand"));
        mvc.perform(post("/briefe/" + sent + "/von-hand-gesendet").with(user(WebTest.USER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "web.letters.sentByProgram"));
        assertThat(letters.byId(sent).orElseThrow().sending()).isEqualTo(Letters.Sending.SENT);
        mvc.perform(post("/briefe/999999/von-hand-gesendet").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** A letter whose first sending failed waits on the Übersicht too, saying that the next run tries again. */
    @Test
    void aLetterThatFailedOnceSaysItIsTriedAgain() throws Exception {
        long retrying = letter("08436005", "Erinnerung_2025_08436005_Altshausen.eml",
                "integration@altshausen.example.org", Letters.AddressSource.DIRECTORY, Letters.Sending.DUE);
        letters.startSending(retrying, Instant.now());
        letters.failed(retrying, "Mailserver nicht erreichbar", 3);

        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/briefe/" + retrying + "\"", "Erinnerung_2025_08436005_Altshausen.eml",
                "nicht versendet, neuer Versuch beim nächsten Lauf (1. Versuch fehlgeschlagen)",
                "Mailserver nicht erreichbar");
    }

    private long letter(String ags, String file, String address, Letters.AddressSource source,
                        Letters.Sending sending) {
        letters.record(new Letters.NewLetter(ags, 2025, file.startsWith("Rueckfrage") ? Letters.Kind.RUECKFRAGE
                : Letters.Kind.ERINNERUNG, Instant.parse("2026-03-01T09:00:00Z"), null, "/tmp/briefe/" + file,
                address, source, null, sending));
        return letters.ofMunicipality(ags).get(0).id();
    }

    private boolean isIdle() throws Exception {
        return mvc.perform(get("/laeufe/fortschritt").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString().contains("\"running\":false");
    }
}
