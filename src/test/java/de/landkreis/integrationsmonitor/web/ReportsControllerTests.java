package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.landkreis.integrationsmonitor.run.RunLock;
import de.landkreis.integrationsmonitor.store.RunHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Berichte: the committee report and the logs of a run to download, and nothing outside the list. */
@WebTest
class ReportsControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    RunLock lock;
    @Autowired
    RunHistory history;

    long runId;

    @BeforeEach
    void imported() throws Exception {
        fixtures.reset();
        runId = fixtures.importBoth();
        Path reports = fixtures.options().reports();
        // Files that exist but are not offered: outside the reports folder, and inside but not listed.
        Files.writeString(reports.getParent().resolve("geheim.txt"), "GEHEIM");
        Files.writeString(reports.resolve("2025").resolve("notiz.txt"), "INTERN");
    }

    @Test
    void listsTheCommitteeReportAndTheLogsOfTheRun() throws Exception {
        MvcResult result = mvc.perform(get("/berichte").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andExpect(view().name("reports/reports")).andReturn();

        @SuppressWarnings("unchecked")
        List<ReportFiles.YearReport> reports = (List<ReportFiles.YearReport>) result.getModelAndView().getModel()
                .get("reports");
        assertThat(reports).extracting(ReportFiles.YearReport::path).containsExactly("2025/Integrationsbericht_2025.xlsx");
        @SuppressWarnings("unchecked")
        List<ReportFiles.RunLog> logs = (List<ReportFiles.RunLog>) result.getModelAndView().getModel().get("logs");
        assertThat(logs).singleElement().satisfies(log -> {
            assertThat(log.run().id()).isEqualTo(runId);
            assertThat(log.csv()).startsWith("pruefprotokolle/Pruefprotokoll_").endsWith(".csv");
            assertThat(log.workbook()).startsWith("pruefprotokolle/Pruefprotokoll_").endsWith(".xlsx");
        });
        assertThat(result.getResponse().getContentAsString())
                .contains("Berichte für den Sozialausschuss", "/berichte/datei?pfad=2025/Integrationsbericht_2025.xlsx");
    }

    @Test
    void offersTheDraftAndThePdfsBesideTheReportWithTheirContentTypesAndNoOtherFileOfTheYear() throws Exception {
        Path year = fixtures.options().reports().resolve("2025");
        // The run wrote the draft; the PDFs (off in tests) are put where a run with LibreOffice writes them.
        Path draft = year.resolve("Mitteilungsvorlage_2025.docx");
        assertThat(draft).isRegularFile();
        Path reportPdf = Files.writeString(year.resolve("Integrationsbericht_2025.pdf"), "%PDF-1.6 Bericht");
        Path draftPdf = Files.writeString(year.resolve("Mitteilungsvorlage_2025.pdf"), "%PDF-1.6 Vorlage");
        Files.writeString(year.resolve("Entwurf_alt.pdf"), "%PDF-1.6 INTERN");

        MvcResult page = mvc.perform(get("/berichte").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn();

        @SuppressWarnings("unchecked")
        List<ReportFiles.YearReport> reports = (List<ReportFiles.YearReport>) page.getModelAndView().getModel()
                .get("reports");
        assertThat(reports).singleElement().satisfies(report -> assertThat(report.papers())
                .extracting(ReportFiles.Paper::kind, ReportFiles.Paper::path)
                .containsExactly(tuple("reportPdf", "2025/Integrationsbericht_2025.pdf"),
                        tuple("draft", "2025/Mitteilungsvorlage_2025.docx"),
                        tuple("draftPdf", "2025/Mitteilungsvorlage_2025.pdf"),
                        tuple("reminders", "2025/Nachforderungen_2025.xlsx")));
        assertThat(page.getResponse().getContentAsString()).contains("Integrationsbericht (Excel)",
                "Integrationsbericht (PDF, barrierefrei)", "Mitteilungsvorlage, Entwurf (Word)",
                "Mitteilungsvorlage, Entwurf (PDF, barrierefrei)",
                "/berichte/datei?pfad=2025/Mitteilungsvorlage_2025.docx");

        mvc.perform(get("/berichte/datei").param("pfad", "2025/Mitteilungsvorlage_2025.docx").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename=\"Mitteilungsvorlage_2025.docx\"")))
                .andExpect(content().bytes(Files.readAllBytes(draft)));
        for (Path pdf : List.of(reportPdf, draftPdf)) {
            mvc.perform(get("/berichte/datei").param("pfad", "2025/" + pdf.getFileName()).with(user(WebTest.USER)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(content().bytes(Files.readAllBytes(pdf)));
        }
        mvc.perform(get("/berichte/datei").param("pfad", "2025/Entwurf_alt.pdf").with(user(WebTest.USER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void writesTheReturnFormsOfAYearAndOffersThemForDownload() throws Exception {
        mvc.perform(post("/berichte/vorlagen").param("jahr", "2026").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("formsWritten", 40));

        MvcResult page = mvc.perform(get("/berichte").with(user(WebTest.USER))).andReturn();
        @SuppressWarnings("unchecked")
        List<ReportFiles.YearForms> forms = (List<ReportFiles.YearForms>) page.getModelAndView().getModel().get("forms");
        assertThat(forms).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2026);
            assertThat(year.paths()).hasSize(40).contains("vorlagen/2026/Rueckmeldung_2026_08436052_Kisslegg.xlsx",
                    "vorlagen/2026/Rueckmeldung_2026_leer.xlsx");
        });
        mvc.perform(get("/berichte/datei").param("pfad", "vorlagen/2026/Rueckmeldung_2026_leer.xlsx")
                        .with(user(WebTest.USER)))
                .andExpect(status().isOk());
    }

    @Test
    void aYearThatIsNoYearWritesNoForms() throws Exception {
        mvc.perform(post("/berichte/vorlagen").param("jahr", "../x").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("formsError", "../x"));

        assertThat(fixtures.options().reports().resolve("vorlagen")).doesNotExist();
    }

    @Test
    void downloadsTheReportAndTheLog() throws Exception {
        Path report = fixtures.options().reports().resolve("2025/Integrationsbericht_2025.xlsx");

        mvc.perform(get("/berichte/datei").param("pfad", "2025/Integrationsbericht_2025.xlsx").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("attachment; filename=\"Integrationsbericht_2025.xlsx\"")))
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(content().bytes(Files.readAllBytes(report)));

        MvcResult page = mvc.perform(get("/berichte").with(user(WebTest.USER))).andReturn();
        @SuppressWarnings("unchecked")
        ReportFiles.RunLog log = ((List<ReportFiles.RunLog>) page.getModelAndView().getModel().get("logs")).get(0);
        mvc.perform(get("/berichte/datei").param("pfad", log.csv()).with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(Files.readAllBytes(fixtures.options().reports().resolve(log.csv()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../geheim.txt", "2025/../../geheim.txt", "..%2Fgeheim.txt", "2025/notiz.txt",
            "2025", "", "/etc/passwd", "./2025/notiz.txt", "2025/Integrationsbericht_2025.xlsx/..",
            "2025\\..\\..\\geheim.txt", "pruefprotokolle/../../geheim.txt"})
    void nothingOutsideTheListCanBeDownloaded(String path) throws Exception {
        String body = mvc.perform(get("/berichte/datei").param("pfad", path).with(user(WebTest.USER)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("GEHEIM", "INTERN", "root:");
    }

    @Test
    void offersTheRemindersMarkedInternalAndTheRunsRückfragen() throws Exception {
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/berichte").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html).contains("Nachforderungen (intern – nicht weitergeben)",
                "/berichte/datei?pfad=2025/Nachforderungen_2025.xlsx", "Bericht für Jahr 2025 erstellen");

        mvc.perform(get("/berichte/datei").param("pfad", "2025/Nachforderungen_2025.xlsx").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andExpect(content().bytes(Files.readAllBytes(
                        fixtures.options().reports().resolve("2025/Nachforderungen_2025.xlsx"))));
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheReportsFolderIsRefused() throws Exception {
        Path reports = fixtures.options().reports();
        Path secret = reports.getParent().resolve("geheim.txt");
        // The link takes the place of a listed file: the report of the year and a Rückfrage of the run.
        Path report = reports.resolve("2025/Integrationsbericht_2025.xlsx");
        Files.delete(report);
        Files.createSymbolicLink(report, secret);
        Path feedback;
        try (var files = Files.walk(reports.resolve("rueckfragen"))) {
            feedback = files.filter(p -> p.getFileName().toString().startsWith("Rueckfrage_")).findFirst().orElseThrow();
        }
        Files.delete(feedback);
        Files.createSymbolicLink(feedback, secret);

        for (Path link : List.of(report, feedback)) {
            String body = mvc.perform(get("/berichte/datei").param("pfad",
                            reports.relativize(link).toString().replace('\\', '/')).with(user(WebTest.USER)))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("GEHEIM");
        }
    }

    @Test
    void theReportOfAYearIsStartedAsARunAndRefusedWhileOneWorks() throws Exception {
        try (RunLock.Held held = lock.tryAcquire().orElseThrow()) {
            mvc.perform(post("/berichte/bericht").param("jahr", "2025").with(user(WebTest.USER)).with(csrf()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/berichte"))
                    .andExpect(flash().attribute("problemKey", "web.run.alreadyRunning"));
        }
        mvc.perform(post("/berichte/bericht").param("jahr", "99999").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isBadRequest());

        Files.delete(fixtures.options().reports().resolve("2025/Integrationsbericht_2025.xlsx"));
        mvc.perform(post("/berichte/bericht").param("jahr", "2025").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("noticeKey", "web.run.started"));
        await().atMost(Duration.ofSeconds(60)).until(() -> history.latest(1).stream()
                .anyMatch(r -> "COMPLETED".equals(r.status())));
        assertThat(fixtures.options().reports().resolve("2025/Integrationsbericht_2025.xlsx")).isRegularFile();
    }

    @Test
    void missingPathIsNotFoundEither() throws Exception {
        mvc.perform(get("/berichte/datei").with(user(WebTest.USER))).andExpect(status().isNotFound());
    }
}
