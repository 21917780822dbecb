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
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
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
                "Im Posteingang für den nächsten Lauf: 0 Dateien", "Das Postfach wird nicht gelesen",
                "Keine Nachricht wartet auf eine Entscheidung.")
                .doesNotContain("Postfach jetzt abrufen");
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

    private boolean isIdle() throws Exception {
        return mvc.perform(get("/laeufe/fortschritt").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString().contains("\"running\":false");
    }
}
