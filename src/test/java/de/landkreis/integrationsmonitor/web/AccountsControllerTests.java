package de.landkreis.integrationsmonitor.web;

import static de.landkreis.integrationsmonitor.web.LoginLockoutTests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Zugänge through the real filter chain: only administrators, CSRF on every change, accounts of the configuration
 * read-only, one-time passwords shown once and changed at the first login, disabled accounts and changed passwords
 * ending sessions, every change in the audit trail.
 */
@WebTest
class AccountsControllerTests {

    static final String NEW_PASSWORD = "Drei Tannen am Bodensee";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void onlyTheConfiguredAdministrator() {
        jdbc.sql("delete from web_user").update();
        jdbc.sql("delete from audit_event").update();
    }

    @Test
    void onlyAdministratorsSeeThePagesAndTheLinkToThem() throws Exception {
        mvc.perform(get("/zugaenge").with(user("sb").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/zugaenge/protokoll").with(user("sb").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post("/zugaenge").param("name", "neu").with(user("sb").roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
        String analystPage = mvc.perform(get("/").with(user("sb").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
        assertThat(analystPage).doesNotContain("/zugaenge");

        String page = mvc.perform(get("/zugaenge").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Zugänge</h1>", "<th scope=\"row\">analyse</th>", "aus der Konfiguration",
                "Änderungen in application.yml", "<a href=\"/zugaenge\" aria-current=\"page\">Zugänge</a>");
    }

    @Test
    void changesNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/zugaenge").param("name", "mueller").with(admin())).andExpect(status().isForbidden());
        assertThat(count("web_user")).isZero();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordShownOnceAndMustChangeItAtTheFirstLogin() throws Exception {
        MvcResult created = mvc.perform(post("/zugaenge").param("name", "mueller").param("role", "ANALYST")
                .with(admin()).with(csrf())).andExpect(redirectedUrl("/zugaenge")).andReturn();
        String password = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(password).matches("[A-Za-z2-9]{20}");
        String shown = mvc.perform(get("/zugaenge").flashAttrs(created.getFlashMap()).with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Zugang „mueller“ angelegt.", "<code>" + password + "</code>",
                "(Kennwort muss geändert werden)");
        assertThat(mvc.perform(get("/zugaenge").with(admin())).andReturn().getResponse().getContentAsString())
                .doesNotContain(password);
        assertThat(jdbc.sql("select password_hash from web_user where name = 'mueller'").query(String.class).single())
                .startsWith("$2a$").doesNotContain(password);

        MockHttpSession session = loggedIn("mueller", password);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/kennwort"));
        mvc.perform(get("/pruefprotokoll").session(session)).andExpect(redirectedUrl("/kennwort"));
        String form = mvc.perform(get("/kennwort").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Bitte ändern Sie es jetzt; vorher öffnet sich keine andere Seite.");
        mvc.perform(post("/kennwort").session(session).with(csrf()).param("currentPassword", password)
                .param("newPassword", NEW_PASSWORD).param("repeatedPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/kennwort"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        assertThat(events()).containsExactly("USER_CREATED analyse target=mueller",
                "LOGIN_SUCCESS mueller target=null", "PASSWORD_CHANGED mueller target=null");
    }

    @Test
    void theFirstGeneratedPasswordMustBeChangedToo() throws Exception {
        jdbc.sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values ('erste', :hash, current_timestamp, 'ADMIN', true, true)""")
                .param("hash", WebTest.PASSWORD_HASH).update();
        MockHttpSession session = loggedIn("erste", WebTest.PASSWORD);

        mvc.perform(get("/zugaenge").session(session)).andExpect(redirectedUrl("/kennwort"));
        mvc.perform(post("/laeufe").session(session).with(csrf())).andExpect(redirectedUrl("/kennwort"));
        mvc.perform(get("/css/web.css").session(session)).andExpect(status().isOk());
    }

    @Test
    void disablingRefusesTheLoginAndEndsTheSessionsEnablingAllowsItAgain() throws Exception {
        storeAnalyst("mueller");
        MockHttpSession session = loggedIn("mueller", WebTest.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/zugaenge/deaktivieren").param("name", "mueller").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/zugaenge"));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?beendet"));
        mvc.perform(login("mueller", WebTest.PASSWORD, "10.2.0.1")).andExpect(redirectedUrl("/login?fehler"));
        mvc.perform(post("/zugaenge/aktivieren").param("name", "mueller").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/zugaenge"));
        mvc.perform(login("mueller", WebTest.PASSWORD, "10.2.0.1")).andExpect(redirectedUrl("/"));

        // The ended session is logged out at its next request.
        assertThat(events()).containsExactly("LOGIN_SUCCESS mueller target=null",
                "USER_DISABLED analyse target=mueller", "LOGOUT mueller target=null", "LOGIN_FAILURE mueller target=null",
                "USER_ENABLED analyse target=mueller", "LOGIN_SUCCESS mueller target=null");
        assertThat(jdbc.sql("select reason from audit_event where event = 'LOGIN_FAILURE'").query(String.class)
                .single()).isEqualTo("DISABLED");
    }

    @Test
    void aPasswordSetByTheAdministratorReplacesTheOldOneAndMustBeChanged() throws Exception {
        storeAnalyst("mueller");
        MockHttpSession session = loggedIn("mueller", WebTest.PASSWORD);

        MvcResult set = mvc.perform(post("/zugaenge/kennwort").param("name", "mueller").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/zugaenge")).andReturn();
        String password = (String) set.getFlashMap().get("oneTimePassword");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?beendet"));
        mvc.perform(login("mueller", WebTest.PASSWORD, "10.2.0.2")).andExpect(redirectedUrl("/login?fehler"));
        MockHttpSession again = loggedIn("mueller", password);
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/kennwort"));
        assertThat(events()).contains("PASSWORD_SET_BY_ADMIN analyse target=mueller");
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsOnly() throws Exception {
        storeAnalyst("mueller");
        MockHttpSession first = loggedIn("mueller", WebTest.PASSWORD);
        MockHttpSession second = loggedIn("mueller", WebTest.PASSWORD);

        mvc.perform(post("/kennwort").session(first).with(csrf()).param("currentPassword", WebTest.PASSWORD)
                .param("newPassword", NEW_PASSWORD).param("repeatedPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/kennwort"));

        mvc.perform(get("/").session(first)).andExpect(status().isOk());
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/login?beendet"));
        String page = mvc.perform(get("/login?beendet")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ihre Sitzung wurde beendet");
    }

    @Test
    void configuredAccountsAndUnfitNamesAreRefusedWithAGermanMessage() throws Exception {
        MvcResult configured = mvc.perform(post("/zugaenge/deaktivieren").param("name", "analyse").with(admin())
                .with(csrf())).andExpect(redirectedUrl("/zugaenge")).andReturn();
        assertThat(page(configured)).contains("„analyse“ ist kein Zugang der Datenbank und lässt sich hier nicht "
                + "ändern.");
        MvcResult taken = mvc.perform(post("/zugaenge").param("name", "analyse").with(admin()).with(csrf()))
                .andReturn();
        assertThat(page(taken)).contains("Den Benutzernamen „analyse“ gibt es bereits.");
        MvcResult unfit = mvc.perform(post("/zugaenge").param("name", "a b").with(admin()).with(csrf())).andReturn();
        assertThat(page(unfit)).contains("„a b“ ist kein gültiger Benutzername");
        assertThat(count("web_user")).isZero();
    }

    @Test
    void theAuditTrailListsTheNewestFirstFilteredAndPaged() throws Exception {
        for (int i = 0; i < 55; i++) {
            mvc.perform(login("niemand-" + i, "falsch", "10.2.0.3"));
        }
        storeAnalyst("mueller");
        mvc.perform(post("/zugaenge/deaktivieren").param("name", "mueller").with(admin()).with(csrf()));

        String first = mvc.perform(get("/zugaenge/protokoll").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("50 von 56 Einträgen, Seite 1 von 2",
                "<td data-event=\"USER_DISABLED\">Zugang deaktiviert</td>", "<td>Name oder Kennwort falsch</td>",
                "benutzer=&amp;seite=2\">Nächste Seite</a>").doesNotContain("niemand-0<");
        assertThat(first.indexOf("USER_DISABLED")).isLessThan(first.indexOf("niemand-54"));
        String second = mvc.perform(get("/zugaenge/protokoll?seite=2").with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("6 von 56 Einträgen, Seite 2 von 2", "niemand-0<");
        String filtered = mvc.perform(get("/zugaenge/protokoll?ereignis=USER_DISABLED&benutzer=mueller")
                .with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("1 von 1 Einträgen").doesNotContain("niemand-");
    }

    @Test
    void administratorsWhoDemoteThemselvesLoseTheRightsOfTheirSessionAtOnce() throws Exception {
        jdbc.sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values ('chef', :hash, current_timestamp, 'ADMIN', true, false)""")
                .param("hash", WebTest.PASSWORD_HASH).update();
        MockHttpSession session = loggedIn("chef", WebTest.PASSWORD);
        mvc.perform(get("/zugaenge").session(session)).andExpect(status().isOk());

        mvc.perform(post("/zugaenge/rolle").param("name", "chef").param("role", "ANALYST").session(session)
                .with(csrf())).andExpect(redirectedUrl("/zugaenge"));

        mvc.perform(get("/zugaenge").session(session)).andExpect(redirectedUrl("/login?beendet"));
        MockHttpSession again = loggedIn("chef", WebTest.PASSWORD);
        mvc.perform(get("/zugaenge").session(again)).andExpect(status().isForbidden());
    }

    @Test
    void namesDifferingOnlyInCaseAreOneName() throws Exception {
        storeAnalyst("mueller");
        MvcResult taken = mvc.perform(post("/zugaenge").param("name", "Mueller").with(admin()).with(csrf()))
                .andReturn();
        assertThat(page(taken)).contains("Den Benutzernamen „Mueller“ gibt es bereits.");
        MvcResult configured = mvc.perform(post("/zugaenge").param("name", "ANALYSE").with(admin()).with(csrf()))
                .andReturn();
        assertThat(configured.getFlashMap().get("accountProblemKey")).isEqualTo("web.accounts.nameTaken");
        assertThat(count("web_user")).isOne();
    }

    /** Without configured accounts: the database's last administrator stays one. */
    @Nested
    @TestPropertySource(properties = {
            "integrationsmonitor.web.users=",
            "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-admins;DB_CLOSE_DELAY=-1"})
    class LastAdministrator {

        @Autowired
        MockMvc mvc;
        @Autowired
        JdbcClient jdbc;

        @BeforeEach
        void oneStoredAdministrator() {
            WebFixtures.storeTestAnalyst(jdbc);
        }

        @Test
        void cannotBeDisabledDemotedOrDisableItself() throws Exception {
            jdbc.sql("""
                    insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                    values ('zweite', :hash, current_timestamp, 'ADMIN', false, false)""")
                    .param("hash", WebTest.PASSWORD_HASH).update();
            MvcResult demote = mvc.perform(post("/zugaenge/rolle").param("name", WebTest.USER).param("role", "ANALYST")
                    .with(admin()).with(csrf())).andReturn();
            assertThat(demote.getFlashMap().get("accountProblemKey")).isEqualTo("web.accounts.lastAdministrator");
            MvcResult self = mvc.perform(post("/zugaenge/deaktivieren").param("name", WebTest.USER).with(admin())
                    .with(csrf())).andReturn();
            assertThat(self.getFlashMap().get("accountProblemKey")).isEqualTo("web.accounts.notSelf");
            MvcResult other = mvc.perform(post("/zugaenge/deaktivieren").param("name", WebTest.USER)
                    .with(user("zweite").roles("ANALYST", "ADMIN")).with(csrf())).andReturn();
            assertThat(other.getFlashMap().get("accountProblemKey")).isEqualTo("web.accounts.lastAdministrator");
            assertThat(jdbc.sql("select role || ' ' || enabled from web_user where name = 'analyse'")
                    .query(String.class).single()).isEqualToIgnoringCase("ADMIN true");
        }
    }

    private MockHttpSession loggedIn(String name, String password) throws Exception {
        MvcResult result = mvc.perform(login(name, password, "10.2.0.9")).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(MvcResult redirect) throws Exception {
        return mvc.perform(get("/zugaenge").flashAttrs(redirect.getFlashMap()).with(admin()))
                .andReturn().getResponse().getContentAsString();
    }

    private void storeAnalyst(String name) {
        jdbc.sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values (:name, :hash, current_timestamp, 'ANALYST', true, false)""")
                .param("name", name).param("hash", WebTest.PASSWORD_HASH).update();
    }

    private List<String> events() {
        return jdbc.sql("select event, user_name, target from audit_event order by id")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " target=" + rs.getString(3)).list();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(WebTest.USER).roles("ANALYST", "ADMIN");
    }
}
