package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.run.RunLock;
import de.landkreis.integrationsmonitor.store.Letters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The letters of a municipality on its page, downloaded only from the reports folder; the reminders written from
 * Rücklauf, refused while a run works.
 */
@WebTest
class LettersControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    Letters letters;
    @Autowired
    RunLock lock;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void theRunsRueckfrageIsListedOnTheMunicipalitysPageAndDownloads() throws Exception {
        fixtures.importBoth();
        Letters.Letter rueckfrage = letters.ofMunicipality("08436052").get(0);

        String html = mvc.perform(get("/adressen/08436052").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Briefe an die Gemeinde", "Rückfrage", "2025", "01.03.2026 10:00",
                "href=\"/briefe/" + rueckfrage.id() + "\"", "Rueckfrage_08436052_Kisslegg.eml",
                "integration@kisslegg.example.org");

        MvcResult download = mvc.perform(get("/briefe/" + rueckfrage.id()).with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("message/rfc822");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .contains("Rueckfrage_08436052_Kisslegg.eml");
        assertThat(download.getResponse().getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(Path.of(rueckfrage.file())));
        mvc.perform(get("/briefe/" + rueckfrage.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void nothingOutsideTheReportsFolderIsHandedOutNotEvenThroughALink() throws Exception {
        Path reports = fixtures.options().reports();
        Path outside = Files.writeString(Files.createTempFile("geheim", ".eml"), "geheim");
        Path link = Files.createSymbolicLink(Files.createDirectories(reports.resolve("briefe")).resolve("Link.eml"),
                outside);
        long viaLink = record(link);
        long direct = record(outside);
        long traversal = record(reports.resolve("../" + outside.getFileName()));

        for (long id : List.of(viaLink, direct, traversal, 999_999L)) {
            mvc.perform(get("/briefe/" + id).with(user(WebTest.USER))).andExpect(status().isNotFound());
        }
        Files.delete(outside);
    }

    @Test
    void rueckaufWritesTheRemindersOfTheShownYearAndRefusesWhileARunWorks() throws Exception {
        fixtures.importBoth();

        mvc.perform(post("/ruecklauf/erinnerungen").param("jahr", "2025").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Path folder = fixtures.options().reports().resolve("briefe/erinnerungen/2025/20260301-100000");
        try (Stream<Path> drafts = Files.list(folder)) {
            // Kißlegg's Personal was rejected: every municipality of the register is not complete.
            assertThat(drafts).hasSize(39);
        }
        assertThat(letters.ofMunicipality("08436052")).extracting(Letters.Letter::kind, Letters.Letter::createdBy)
                .contains(org.assertj.core.groups.Tuple.tuple(Letters.Kind.ERINNERUNG, WebTest.USER));
        MvcResult again = mvc.perform(post("/ruecklauf/erinnerungen").param("jahr", "2025")
                        .with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/ruecklauf?jahr=2025#erinnerungen"))
                .andExpect(flash().attribute("remindersWritten", 39)).andReturn();
        assertThat(mvc.perform(get("/ruecklauf").param("jahr", "2025").flashAttrs(again.getFlashMap())
                        .with(user(WebTest.USER))).andReturn().getResponse().getContentAsString())
                .contains("39 Erinnerungen für 2025 geschrieben.");

        try (RunLock.Held held = lock.tryAcquire().orElseThrow()) {
            MvcResult refused = mvc.perform(post("/ruecklauf/erinnerungen").param("jahr", "2025")
                            .with(user(WebTest.USER)).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("problemKey", "web.run.alreadyRunning")).andReturn();
            assertThat(mvc.perform(get("/ruecklauf").param("jahr", "2025").flashAttrs(refused.getFlashMap())
                            .with(user(WebTest.USER))).andReturn().getResponse().getContentAsString())
                    .contains("Ein Lauf läuft bereits.");
        }
        mvc.perform(post("/ruecklauf/erinnerungen").param("jahr", "2025").with(user(WebTest.USER)))
                .andExpect(status().isForbidden());
    }

    private long record(Path file) {
        letters.record(new Letters.NewLetter("08436052", 2025, Letters.Kind.ERINNERUNG,
                IntegrationTest.NOW.toInstant(), null, file.toString(), null, null, null, Letters.Sending.DRAFT));
        return letters.ofMunicipality("08436052").get(0).id();
    }
}
