package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;


import de.landkreis.integrationsmonitor.store.Letters;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** A municipality's file: its years, versions, Rückfragen, contact data and its row of the report. */
@WebTest
class MunicipalityControllerTests {

    static final String KISSLEGG = "08436052";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    Letters letters;

    long runId;

    @BeforeEach
    void imported() {
        fixtures.reset();
        runId = fixtures.importBoth();
    }

    @Test
    void showsWhatTheMunicipalitySentWhatCountsItsRückfrageAndItsFigures() throws Exception {
        String html = page("/gemeinden/" + KISSLEGG);

        assertThat(html).contains("<h1>Kißlegg (AGS 08436052)</h1>", "Berichtsjahr 2025",
                // Strukturen accepted and current, Personal rejected (P02): fehlerhaft, as in the report.
                "fehlerhaft", "angenommen, gilt", "abgelehnt",
                "Strukturen: " + WebFixtures.STRUCTURES + ", eingegangen am 01.03.2026",
                "/pruefprotokoll?lauf=" + runId + "&datei=" + WebFixtures.STAFF_WITH_ERROR,
                "Rueckfrage_08436052_Kisslegg.xlsx", "aus Lauf " + runId + " vom 01.03.2026",
                "VZÄ gesamt", "unbesetzt (VZÄ)", "unbesetzt > 6 Monate (VZÄ)",
                "Kernthemen abgedeckt / bekannt", "Handlungsbedarf „ja“ / bekannt",
                "Kontaktdaten der Rückmeldungen",
                // The e-mail draft of its Rückfrage, the run's letter to it.
                "id=\"briefe\"", "Briefe an die Gemeinde", "Rueckfrage_08436052_Kisslegg.eml",
                "href=\"/briefe/" + letters.ofMunicipality(KISSLEGG).get(0).id() + "\"");
        // Its Rückfrage is the very file the run wrote, and it downloads.
        Path feedback;
        try (var files = Files.walk(fixtures.options().reports().resolve("rueckfragen"))) {
            feedback = files.filter(p -> p.getFileName().toString().equals("Rueckfrage_08436052_Kisslegg.xlsx"))
                    .findFirst().orElseThrow();
        }
        String relative = fixtures.options().reports().relativize(feedback).toString().replace('\\', '/');
        assertThat(html).contains("/berichte/datei?pfad=" + relative);
        mvc.perform(get("/berichte/datei").param("pfad", relative).with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .bytes(Files.readAllBytes(feedback)));
    }

    @Test
    void aMunicipalityWithoutReturnsSaysSo() throws Exception {
        assertThat(page("/gemeinden/08436001")).contains("Von dieser Gemeinde ist noch keine Rückmeldung eingegangen.",
                "Für diese Gemeinde wurde noch keine Rückfrage geschrieben.");
    }

    @Test
    void theRücklaufAndTheFindingsLinkToIt() throws Exception {
        assertThat(page("/ruecklauf?jahr=2025")).contains("href=\"/gemeinden/" + KISSLEGG + "\">Kißlegg</a>");
        assertThat(page("/pruefprotokoll")).contains("href=\"/gemeinden/" + KISSLEGG + "\">Kißlegg</a>");
        assertThat(page("/laeufe/" + runId)).contains("href=\"/gemeinden/" + KISSLEGG + "\">Kißlegg</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8436052", "084360520", "08436999", "Kisslegg", "0843605a"})
    void anyOtherSpellingOrAnAgsOutsideTheRegisterIsTheGerman404(String ags) throws Exception {
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/gemeinden/" + ags).with(user(WebTest.USER)))
                .andExpect(status().isNotFound()).andExpect(view().name("error"))
                .andReturn().getResponse().getContentAsString());

        assertThat(html).contains("Gemeinde mit AGS „" + ags + "“ nicht gefunden", "Zur Übersicht");
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
