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
        assertThat(html).contains("Prüfprotokoll von Lauf " + runId, "Regel P02 erklärt", entry.checks(), entry.fix(),
                "19,5", "Fehler");
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

    private MvcResult filtered(String name, String value) throws Exception {
        return mvc.perform(get("/pruefprotokoll").param("lauf", String.valueOf(runId)).param(name, value)
                .with(user(WebTest.USER))).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> findings(MvcResult result) {
        return (List<Finding>) result.getModelAndView().getModel().get("findings");
    }
}
