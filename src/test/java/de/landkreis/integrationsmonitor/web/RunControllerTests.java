package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** A run's files: each file it registered with outcome and findings, the known files, its downloads. */
@WebTest
class RunControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;

    long runId;

    @BeforeEach
    void imported() {
        fixtures.reset();
        runId = fixtures.importBoth();
    }

    @Test
    void listsEveryFileInOrderOfReceiptWithOutcomeAndFindingsAndTheRunsDownloads() throws Exception {
        String html = page("/laeufe/" + runId);

        assertThat(html).contains("Lauf " + runId + " vom 01.03.2026", "Dateien dieses Laufs (2)",
                "Bereits aus früheren Läufen bekannt und nicht erneut gelesen: 0 Dateien.",
                "Prüfprotokoll (CSV)", "Prüfprotokoll (Excel-Arbeitsmappe)", "Integrationsbericht (Excel)",
                "Nachforderungen (intern – nicht weitergeben)", "Rueckfrage_08436052_Kisslegg.xlsx",
                "/pruefprotokoll?lauf=" + runId + "&datei=" + WebFixtures.STAFF_WITH_ERROR + "&schwere=FEHLER");
        // Receipt order: the files' order in the table is their order of receipt, each with its console word.
        String table = html.substring(html.indexOf("<table id=\"dateien\""), html.indexOf("</table>",
                html.indexOf("<table id=\"dateien\"")));
        assertThat(table).contains("angenommen", "abgelehnt", "Personal 2025", "Strukturen 2025");
        assertThat(table.indexOf("data-outcome")).isPositive();
    }

    @Test
    void aSecondRunCountsTheFilesAlreadyKnown() throws Exception {
        long second = fixtures.runAgain();

        assertThat(page("/laeufe/" + second)).contains("Dateien dieses Laufs (0)",
                "Bereits aus früheren Läufen bekannt und nicht erneut gelesen: 2 Dateien.",
                "Dieser Lauf hat keine neue Datei gelesen.");
    }

    @Test
    void theÜbersichtLinksTheRunNumberToItsPage() throws Exception {
        assertThat(page("/")).contains("href=\"/laeufe/" + runId + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "abc", "0", "-1", "1.5"})
    void unknownOrNonNumericRunsAreTheGerman404(String id) throws Exception {
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/laeufe/" + id).with(user(WebTest.USER)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString());

        assertThat(html).contains("Lauf " + id + " nicht gefunden", "Zur Übersicht");
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
