package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Kennwort ändern: the analyst stored in the database replaces the password and only the new one logs in; a
 * configured analyst reads where the password is kept and can change nothing.
 */
@WebTest
class PasswordControllerTests {

    static final String NEW_PASSWORD = "Neues-Kennwort-2026";

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageLinksToThePage() throws Exception {
        String html = mvc.perform(get("/").with(user(WebTest.USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"/kennwort\">Kennwort ändern</a>");
    }

    @Test
    void configuredAnalystReadsWhereThePasswordIsKeptAndSeesNoForm() throws Exception {
        String html = mvc.perform(get("/kennwort").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andExpect(view().name("password/password"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>Kennwort ändern</h1>", "Ihr Kennwort ist in der Konfiguration hinterlegt; "
                        + "bitte wenden Sie sich an die Betreuung des Servers.",
                "<a href=\"/kennwort\" aria-current=\"page\">")
                .doesNotContain("Aktuelles Kennwort", "type=\"password\"");
    }

    @Test
    void configuredAnalystCannotChangeThePasswordByPosting() throws Exception {
        mvc.perform(change(WebTest.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/kennwort"))
                .andExpect(flash().attributeCount(0));

        mvc.perform(formLogin("/login").user(WebTest.USER).password(WebTest.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(WebTest.USER).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?fehler"));
    }

    static MockHttpServletRequestBuilder change(String current, String newPassword, String repeated) {
        return post("/kennwort").with(user(WebTest.USER)).with(csrf())
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("repeatedPassword", repeated);
    }

    /** A context of its own without configured analysts, so the one of table web_user logs in. */
    @Nested
    @TestPropertySource(properties = {
            "integrationsmonitor.web.users=",
            "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-stored;DB_CLOSE_DELAY=-1"})
    class StoredAnalyst {

        // Shadows the field of the enclosing class, which belongs to the context with a configured analyst.
        @Autowired
        MockMvc mvc;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        PasswordEncoder encoder;

        @BeforeEach
        void analystWithTheTestPassword() {
            WebFixtures.storeTestAnalyst(jdbc);
        }

        @Test
        void showsTheFormWithItsThreeFieldsAndTheToken() throws Exception {
            String html = mvc.perform(get("/kennwort").with(user(WebTest.USER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(html).contains("<label for=\"currentPassword\">Aktuelles Kennwort</label>",
                            "<label for=\"newPassword\">Neues Kennwort</label>",
                            "<label for=\"repeatedPassword\">Neues Kennwort wiederholen</label>",
                            "Mindestens 12 Zeichen und höchstens 72 Byte (Umlaute zählen doppelt), anders als das "
                                    + "aktuelle Kennwort, ohne Ihren Benutzernamen (auch rückwärts)", "name=\"_csrf\"")
                    .doesNotContain("in der Konfiguration hinterlegt");
        }

        @Test
        void changeStoresTheNewHashAndOnlyTheNewPasswordLogsIn() throws Exception {
            MvcResult changed = mvc.perform(change(WebTest.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/kennwort"))
                    .andExpect(flash().attribute("noticeKey", "web.password.changed"))
                    .andReturn();

            String page = mvc.perform(get("/kennwort").flashAttrs(changed.getFlashMap()).with(user(WebTest.USER)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Ihr Kennwort wurde geändert. Melden Sie sich ab jetzt mit dem neuen Kennwort an.");
            String hash = storedHash();
            assertThat(hash).isNotEqualTo(WebTest.PASSWORD_HASH).startsWith("$2a$").doesNotContain(NEW_PASSWORD);
            assertThat(encoder.matches(NEW_PASSWORD, hash)).isTrue();
            mvc.perform(formLogin("/login").user(WebTest.USER).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
            mvc.perform(formLogin("/login").user(WebTest.USER).password(WebTest.PASSWORD))
                    .andExpect(redirectedUrl("/login?fehler"));
        }

        /** 37 characters, 74 bytes in UTF-8: bcrypt would refuse it. */
        static final String OVER_BCRYPT_LIMIT = "äöüäöüäöüäöüäöüäöüäöüäöüäöüäöüäöüäöüä";

        @ParameterizedTest(name = "{3}: {4}")
        @CsvSource(delimiter = '|', value = {
                "Falsches-Kennwort | " + NEW_PASSWORD + " | " + NEW_PASSWORD
                        + " | currentPassword | Das aktuelle Kennwort ist falsch.",
                WebTest.PASSWORD + " | Elf-Zeichen | Elf-Zeichen"
                        + " | newPassword | Das neue Kennwort muss mindestens 12 Zeichen lang sein.",
                WebTest.PASSWORD + " | " + NEW_PASSWORD + " | " + NEW_PASSWORD + "!"
                        + " | repeatedPassword | Die beiden Eingaben des neuen Kennworts stimmen nicht überein.",
                WebTest.PASSWORD + " | " + WebTest.PASSWORD + " | " + WebTest.PASSWORD
                        + " | newPassword | Das neue Kennwort muss sich vom aktuellen unterscheiden.",
                WebTest.PASSWORD + " | " + OVER_BCRYPT_LIMIT + " | " + OVER_BCRYPT_LIMIT
                        + " | newPassword | Das neue Kennwort darf höchstens 72 Byte lang sein (Umlaute und andere "
                        + "Sonderzeichen zählen doppelt)."})
        void brokenRuleIsNamedAtItsFieldAndChangesNothing(String current, String newPassword, String repeated,
                                                          String field, String message) throws Exception {
            String html = mvc.perform(change(current, newPassword, repeated))
                    .andExpect(status().isOk()).andExpect(view().name("password/password"))
                    .andExpect(model().attributeErrorCount("passwordChange", 1))
                    .andExpect(model().attributeHasFieldErrors("passwordChange", field))
                    .andReturn().getResponse().getContentAsString();

            assertThat(html).contains("<p id=\"" + field + "-fehler\" class=\"field-problem\">" + message + "</p>",
                            "aria-describedby=\"" + field + "-fehler")
                    .as("typed passwords are not sent back").doesNotContain(newPassword, "value=\"" + current);
            assertThat(storedHash()).isEqualTo(WebTest.PASSWORD_HASH);
        }

        @Test
        void emptyFormIsRefusedWithMessagesAtItsFields() throws Exception {
            String html = mvc.perform(post("/kennwort").with(user(WebTest.USER)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("passwordChange", "currentPassword", "newPassword"))
                    .andReturn().getResponse().getContentAsString();

            assertThat(html).contains("Das aktuelle Kennwort ist falsch.",
                    "Das neue Kennwort muss mindestens 12 Zeichen lang sein.");
            assertThat(storedHash()).isEqualTo(WebTest.PASSWORD_HASH);
        }

        private String storedHash() {
            return jdbc.sql("select password_hash from web_user where name = :name").param("name", WebTest.USER)
                    .query(String.class).single();
        }
    }
}
