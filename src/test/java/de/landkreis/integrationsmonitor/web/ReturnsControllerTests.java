package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.report.MunicipalityFigures;
import de.landkreis.integrationsmonitor.report.ReturnStatus;
import de.landkreis.integrationsmonitor.report.YearFigures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Rücklauf: every municipality with the committee report's figures, filtered by status. */
@WebTest
class ReturnsControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    DistrictFigures figures;

    @BeforeEach
    void imported() {
        fixtures.reset();
        fixtures.importBoth();
    }

    @Test
    void showsEveryMunicipalityWithTheFiguresOfTheReport() throws Exception {
        MvcResult result = mvc.perform(get("/ruecklauf").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(view().name("returns/returns"))
                .andExpect(model().attribute("year", 2025))
                .andReturn();

        List<MunicipalityFigures> rows = rows(result);
        YearFigures report = figures.of(2025);
        assertThat(rows).isEqualTo(report.municipalities());
        MunicipalityFigures kisslegg = rows.stream().filter(m -> m.municipality().ags().equals("08436052"))
                .findFirst().orElseThrow();
        assertThat(kisslegg.status()).isEqualTo(ReturnStatus.FEHLERHAFT);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Rücklauf 2025", "Kißlegg", "fehlerhaft", "01.03.2026",
                rows.size() + " von " + rows.size() + " Gemeinden").doesNotContain("2.025");
    }

    @Test
    void filtersByStatus() throws Exception {
        MvcResult result = mvc.perform(get("/ruecklauf").param("jahr", "2025").param("status", "FEHLERHAFT")
                        .with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn();

        assertThat(rows(result)).extracting(m -> m.municipality().name()).containsExactly("Kißlegg");

        MvcResult missing = mvc.perform(get("/ruecklauf").param("jahr", "2025").param("status", "FEHLT")
                .with(user(WebTest.USER))).andReturn();
        assertThat(rows(missing)).hasSize(figures.of(2025).count(ReturnStatus.FEHLT))
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(ReturnStatus.FEHLT));
    }

    @Test
    void aYearWithoutReturnsListsEveryMunicipalityAsMissing() throws Exception {
        MvcResult result = mvc.perform(get("/ruecklauf").param("jahr", "2023").with(user(WebTest.USER)))
                .andExpect(model().attribute("year", 2023)).andReturn();

        assertThat(rows(result)).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(ReturnStatus.FEHLT));
    }

    @Test
    void pageIsPrintable() throws Exception {
        String html = mvc.perform(get("/ruecklauf").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString();
        String css = mvc.perform(get("/css/web.css")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("class=\"filters no-print\"");
        assertThat(css).contains("@media print", ".no-print");
    }

    @SuppressWarnings("unchecked")
    private static List<MunicipalityFigures> rows(MvcResult result) {
        return (List<MunicipalityFigures>) result.getModelAndView().getModel().get("rows");
    }
}
