package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Only the login page, the assets and the health endpoint are public; changes need the CSRF token. */
@WebTest
class WebSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServerProperties server;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ruecklauf", "/pruefprotokoll", "/hochladen", "/berichte", "/laeufe/fortschritt",
            "/berichte/datei?pfad=2025/Integrationsbericht_2025.xlsx", "/actuator/info", "/kennwort"})
    void anonymousVisitorsAreSentToTheLoginPage(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void loginPageIsGermanAndPublic() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("login/login"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html lang=\"de\"", "Anmeldung", "Benutzername", "Kennwort", "Anmelden",
                "name=\"_csrf\"", "<label for=\"username\"", "<label for=\"password\"");
    }

    @Test
    void theCsrfTokenIsNeverPartOfAUrl() throws Exception {
        for (String page : new String[] {"/", "/hochladen", "/kennwort", "/zugaenge", "/berichte"}) {
            String html = mvc.perform(get(page).with(user(WebTest.USER).roles("ANALYST", "ADMIN")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContain("_csrf=");
        }
        assertThat(mvc.perform(get("/hochladen").with(user(WebTest.USER))).andReturn().getResponse()
                .getContentAsString()).contains("action=\"/hochladen\"", "name=\"_csrf\"");
    }

    @Test
    void healthIsPublicAndAssetsToo() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
        mvc.perform(get("/css/web.css")).andExpect(status().isOk());
        mvc.perform(get("/js/web.js")).andExpect(status().isOk());
    }

    @Test
    void configuredAnalystLogsInWithTheRightPasswordOnly() throws Exception {
        mvc.perform(formLogin("/login").user(WebTest.USER).password(WebTest.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(WebTest.USER).password("falsch"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?fehler"));
        mvc.perform(formLogin("/login").user("niemand").password(WebTest.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?fehler"));
    }

    @Test
    void wrongPasswordShowsAGermanMessage() throws Exception {
        mvc.perform(get("/login").param("fehler", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Benutzername oder Kennwort ist falsch.")));
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/laeufe").with(user(WebTest.USER))).andExpect(status().isForbidden());
        mvc.perform(multipart("/hochladen").file(new MockMultipartFile("dateien", "a.csv", "text/csv",
                "AGS;Gemeinde\n".getBytes())).with(user(WebTest.USER))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(WebTest.USER))).andExpect(status().isForbidden());
        mvc.perform(post("/kennwort").with(user(WebTest.USER)).param("currentPassword", WebTest.PASSWORD)
                .param("newPassword", PasswordControllerTests.NEW_PASSWORD)
                .param("repeatedPassword", PasswordControllerTests.NEW_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", WebTest.USER).param("password", WebTest.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutNeedsTheTokenAndEndsOnTheLoginPage() throws Exception {
        mvc.perform(post("/logout").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?abgemeldet"));
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/").with(user(WebTest.USER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void sessionsTimeOut() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.getServlet().getSession().getCookie().getSameSite())
                .hasToString("STRICT");
    }
}
