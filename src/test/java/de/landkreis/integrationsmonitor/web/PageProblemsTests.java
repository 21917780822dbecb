package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Invalid URL values answer 400 in the page layout, naming the parameter and what it allows, with a link back. */
@WebTest
class PageProblemsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;

    @BeforeEach
    void imported() {
        fixtures.reset();
        fixtures.importBoth();
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
            "/ruecklauf,      jahr,       abc,    eine Jahreszahl von 1990 bis 2100",
            "/ruecklauf,      jahr,       99999,  eine Jahreszahl von 1990 bis 2100",
            "/ruecklauf,      status,     gut,    'VOLLSTAENDIG, UNVOLLSTAENDIG, FEHLERHAFT oder FEHLT'",
            "/pruefprotokoll, lauf,       abc,    die Nummer eines Laufs (ganze Zahl ab 1)",
            "/pruefprotokoll, lauf,       0,      die Nummer eines Laufs (ganze Zahl ab 1)",
            "/pruefprotokoll, seite,      zwei,   eine Seitenzahl (ganze Zahl ab 1)",
            "/pruefprotokoll, seite,      0,      eine Seitenzahl (ganze Zahl ab 1)",
            "/pruefprotokoll, sortierung, zeile,  'datei, gemeinde, regel oder schwere'",
            "/pruefprotokoll, richtung,   hoch,   auf oder ab",
            "/pruefprotokoll, schwere,    schlimm, 'FEHLER, WARNUNG oder HINWEIS'",
            "/pruefprotokoll, regel,      X99,    der Code einer Prüfregel wie P02"})
    void invalidValuesAreA400PageNamingTheParameter(String path, String parameter, String value, String allowed)
            throws Exception {
        String html = HtmlUtils.htmlUnescape(mvc.perform(get(path).param(parameter, value).with(user(WebTest.USER)))
                .andExpect(status().isBadRequest()).andExpect(view().name("error"))
                .andReturn().getResponse().getContentAsString());

        assertThat(html).contains("Der Wert von „" + parameter + "“ in der Adresse ist nicht zulässig. Erlaubt ist: "
                        + allowed + ".", "Zur Übersicht", "Angemeldet als " + WebTest.USER, "Hauptnavigation")
                .doesNotContain("wenden Sie sich an die IT");
    }
}
