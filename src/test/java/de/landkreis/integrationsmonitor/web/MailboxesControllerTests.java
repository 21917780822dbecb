package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.reference.Mailbox;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Adressverzeichnis: every municipality's address, edited with the file's rules, kept with who and when. */
@WebTest
class MailboxesControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    Mailboxes mailboxes;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void listsEveryMunicipalityWithItsAddressAndWhereItCameFrom() throws Exception {
        mailboxes.edit(new Mailbox("08436001", "rathaus@achberg.example.org", null, List.of()), "mueller",
                IntegrationTest.NOW.toInstant());

        String html = mvc.perform(get("/adressen").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Adressverzeichnis der Gemeinden", "Kißlegg", "integration@kisslegg.example.org",
                "aus der Datei", "rathaus@achberg.example.org", "geändert von mueller am 01.03.2026 10:00",
                "href=\"/adressen/08436052\"", "Die mitgelieferten Adressen sind fiktiv");
    }

    @Test
    void anEditIsSavedWithWhoAndWhen() throws Exception {
        mvc.perform(post("/adressen/08436052").with(user(WebTest.USER)).with(csrf())
                        .param("email", " integration@kisslegg.de ").param("salutation", "Sehr geehrte Frau Muster")
                        .param("senderDomains", "Kisslegg.de; vv-kisslegg.de"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/adressen#ags-08436052"));

        assertThat(mailboxes.of("08436052")).contains(new Mailboxes.Stored(new Mailbox("08436052",
                "integration@kisslegg.de", "Sehr geehrte Frau Muster", List.of("kisslegg.de", "vv-kisslegg.de")),
                WebTest.USER, IntegrationTest.NOW.toInstant()));
        assertThat(mvc.perform(get("/adressen/08436052").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString()).contains("Zuletzt geändert von analyse am 01.03.2026 10:00",
                "value=\"integration@kisslegg.de\"", "value=\"kisslegg.de, vv-kisslegg.de\"");
    }

    @Test
    void invalidFieldsAreNamedInGermanAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/adressen/08436052").with(user(WebTest.USER)).with(csrf())
                        .param("email", "rathaus(at)kisslegg.de").param("salutation", "x".repeat(201))
                        .param("senderDomains", "kisslegg_de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Bitte eine gültige E-Mail-Adresse angeben, z. B. integration@gemeinde.de.",
                "Die Anrede darf höchstens 200 Zeichen lang sein.",
                "„kisslegg_de“ ist keine gültige Absender-Domain", "aria-invalid=\"true\"");
        assertThat(mailboxes.of("08436052").orElseThrow().edited()).isFalse();
    }

    @Test
    void editingNeedsLoginAndTheFormsToken() throws Exception {
        mvc.perform(get("/adressen")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/adressen/08436052").with(user(WebTest.USER)).param("email", "a@kisslegg.de"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/adressen/99999999").with(user(WebTest.USER))).andExpect(status().isNotFound());
        assertThat(mailboxes.of("08436052").orElseThrow().edited()).isFalse();
    }
}
