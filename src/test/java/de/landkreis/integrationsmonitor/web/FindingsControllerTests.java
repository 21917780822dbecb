package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Prüfprotokoll: findings of a run or a file with their place, filtered, each rule explained. */
@WebTest
class FindingsControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    RuleCatalogue catalogue;

    long runId;

    @BeforeEach
    void imported() {
        fixtures.reset();
        runId = fixtures.importBoth();
    }

    @Test
    void showsTheFindingsOfTheLatestRunWithTheirPlaceAndExplanation() throws Exception {
        MvcResult result = mvc.perform(get("/pruefprotokoll").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(view().name("findings/findings"))
                .andReturn();

        Finding p02 = findings(result).stream().filter(f -> f.rule() == Rule.P02).findFirst().orElseThrow();
        assertThat(p02.location().file()).isEqualTo(WebFixtures.STAFF_WITH_ERROR);
        assertThat(p02.location().row()).isEqualTo(2);
        assertThat(p02.location().column()).isEqualTo("E");
        assertThat(p02.value()).isEqualTo("19,5");
        String html = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
        RuleCatalogue.Entry entry = catalogue.entry(Rule.P02);
        assertThat(html).contains("Prüfprotokoll von Lauf " + runId, "Die Regeln dieser Seite erklärt", entry.checks(),
                entry.fix(), "19,5", "Fehler", "Zusammenfassung: 1 Befund nach Schweregrad und Regel");
    }

    @Test
    void filtersBySeverityRuleMunicipalityAndFile() throws Exception {
        List<Finding> all = findings(mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(runId))
                .with(user(WebTest.USER))).andReturn());
        assertThat(all).isNotEmpty();

        assertThat(findings(filtered("schwere", "FEHLER"))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity().name()).isEqualTo("FEHLER"));
        assertThat(findings(filtered("regel", "P02"))).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.P02));
        assertThat(findings(filtered("gemeinde", "08436052"))).hasSameSizeAs(
                all.stream().filter(f -> "08436052".equals(f.ags())).toList());
        assertThat(findings(filtered("gemeinde", "08436001"))).isEmpty();
        assertThat(findings(filtered("datei", WebFixtures.STRUCTURES)))
                .allSatisfy(f -> assertThat(f.location().file()).isEqualTo(WebFixtures.STRUCTURES))
                .noneMatch(f -> f.rule() == Rule.P02);
    }

    @Test
    void unknownRunIsNotFoundAndBadFilterValuesAreRefused() throws Exception {
        mvc.perform(get("/pruefprotokoll").param("lauf", "999999").with(user(WebTest.USER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pruefprotokoll").param("regel", "X99").with(user(WebTest.USER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/pruefprotokoll").param("sortierung", "zeile").with(user(WebTest.USER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutAnyRunSaysSo() throws Exception {
        fixtures.reset();

        mvc.perform(get("/pruefprotokoll").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("findings", List.of()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Es gab noch keinen Lauf")));
    }

    @Test
    void pagesAHundredFindingsAtATimeWithASummaryErrorsFirstAndEachRuleExplainedOnce() throws Exception {
        long big = runWithFaultyRows(250);

        MvcResult first = mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(big))
                .with(user(WebTest.USER))).andExpect(status().isOk()).andReturn();
        List<Finding> page1 = findings(first);
        assertThat(page1).hasSize(FindingsController.PAGE_SIZE)
                .allSatisfy(f -> assertThat(f.severity().name()).isEqualTo("FEHLER"));
        long total = (long) first.getModelAndView().getModel().get("total");
        assertThat(total).isGreaterThanOrEqualTo(250);
        String html = HtmlUtils.htmlUnescape(first.getResponse().getContentAsString());
        assertThat(html).contains("Zusammenfassung: " + total + " Befunde nach Schweregrad und Regel", "P02: 250",
                "Befunde 1 bis 100 von " + total, "Seite 1 von " + ((total + 99) / 100), "Die Regeln dieser Seite erklärt");
        // The rule is explained once in the legend, not once per finding.
        assertThat(html.split("Was die Regel prüft:", -1)).hasSize(2);

        List<Finding> page2 = findings(filtered(big, "seite", "2"));
        assertThat(page2).hasSize(100).doesNotContainAnyElementsOf(page1);
        List<Finding> beyond = findings(filtered(big, "seite", "999"));
        assertThat(beyond).isEqualTo(findings(filtered(big, "seite", String.valueOf((total + 99) / 100))));
        assertThat(beyond.size()).isEqualTo((int) (total - (total - 1) / 100 * 100));
    }

    @Test
    void sortsByFileMunicipalityRuleAndSeverityBothWays() throws Exception {
        List<Finding> byRuleUp = findings(sorted("regel", "auf"));
        assertThat(byRuleUp).extracting(f -> f.rule().code()).isSorted();
        List<Finding> byRuleDown = findings(sorted("regel", "ab"));
        assertThat(byRuleDown).extracting(f -> f.rule().code())
                .isSortedAccordingTo(Comparator.reverseOrder());
        List<Finding> bySeverityDown = findings(sorted("schwere", "ab"));
        // Severity's order is FEHLER, WARNUNG, HINWEIS: "ab" shows the notices first.
        assertThat(bySeverityDown).extracting(f -> f.severity().ordinal())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(findings(sorted("schwere", "auf")).get(0).severity().name()).isEqualTo("FEHLER");
        Path first = faultyFile("Personal_a.csv", 2);
        Path second = faultyFile("Personal_b.csv", 2);
        Files.setLastModifiedTime(second, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 1000));
        long twoFiles = fixtures.runAgain();
        assertThat(findings(sorted(twoFiles, "datei", "auf"))).extracting(f -> f.location().file())
                .containsExactly("Personal_a.csv", "Personal_a.csv", "Personal_b.csv", "Personal_b.csv");
        assertThat(findings(sorted(twoFiles, "datei", "ab"))).extracting(f -> f.location().file())
                .containsExactly("Personal_b.csv", "Personal_b.csv", "Personal_a.csv", "Personal_a.csv");
        assertThat(findings(sorted("gemeinde", "auf"))).isNotEmpty();
        String html = sorted("regel", "auf").getResponse().getContentAsString();
        assertThat(html).contains("aria-sort=\"ascending\"", "sortierung=regel&amp;richtung=ab");
    }

    private MvcResult sorted(String sort, String direction) throws Exception {
        return sorted(runId, sort, direction);
    }

    private MvcResult sorted(long run, String sort, String direction) throws Exception {
        return mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(run)).param("sortierung", sort)
                .param("richtung", direction).with(user(WebTest.USER))).andExpect(status().isOk()).andReturn();
    }

    /** A Personal file of Kißlegg with {@code rows} positions of 19,5 VZÄ, one P02 each, run: the run's id. */
    private long runWithFaultyRows(int rows) throws Exception {
        faultyFile("Personal_viele_Zeilen.csv", rows);
        return fixtures.runAgain();
    }

    private Path faultyFile(String name, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt;Unbesetzt seit;"
                + "Befristet bis;Anstellungsträger;Finanzierung;Versorgte Gemeinden;Bemerkung\n");
        for (int i = 0; i < rows; i++) {
            csv.append("08436052;Kißlegg;2025;IM;19,5;ja;;;;;;\n");
        }
        return Files.writeString(fixtures.options().input().resolve(name), csv);
    }

    private MvcResult filtered(long run, String name, String value) throws Exception {
        return mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(run)).param(name, value)
                .with(user(WebTest.USER))).andExpect(status().isOk()).andReturn();
    }

    private MvcResult filtered(String name, String value) throws Exception {
        return mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(runId)).param(name, value)
                .with(user(WebTest.USER))).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> findings(MvcResult result) {
        return (List<Finding>) result.getModelAndView().getModel().get("findings");
    }
}
