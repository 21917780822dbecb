package de.landkreis.integrationsmonitor.web;

import static de.landkreis.integrationsmonitor.web.LoginLockoutTests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login with a Windows account against a real directory ({@link TestDirectory}, shaped like Active Directory) through
 * the real filter chain, beside the configured local administrator {@code analyse}, with the lockout limits of
 * application.yml; every test logs in from an address of its own.
 */
@WebTest
@TestPropertySource(properties = {
        "integrationsmonitor.web.lockout.failures-per-name=5",
        "integrationsmonitor.web.lockout.failures-per-address=20",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-ldap;DB_CLOSE_DELAY=-1"})
class DirectoryLoginTests {

    static final TestDirectory directory = TestDirectory.start();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("integrationsmonitor.web.ldap.enabled", () -> "true");
        properties.add("integrationsmonitor.web.ldap.urls", directory::url);
        properties.add("integrationsmonitor.web.ldap.base", () -> TestDirectory.BASE);
        properties.add("integrationsmonitor.web.ldap.user-search-base", () -> "OU=Mitarbeitende");
        properties.add("integrationsmonitor.web.ldap.group-search-base", () -> "OU=Gruppen");
        properties.add("integrationsmonitor.web.ldap.analyst-group", () -> TestDirectory.ANALYST_GROUP);
        // Another spelling of the same DN: the directory's comparison decides, not the letters.
        properties.add("integrationsmonitor.web.ldap.admin-group",
                () -> "cn=gg-integrationsmonitor-verwaltung, ou=Gruppen, dc=lra, dc=test");
        properties.add("integrationsmonitor.web.ldap.bind-dn", () -> TestDirectory.BIND_DN);
        properties.add("integrationsmonitor.web.ldap.bind-password", () -> TestDirectory.BIND_PASSWORD);
    }

    @AfterAll
    static void stopTheDirectory() {
        directory.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final LogLines audit = LogLines.of("AUDIT");

    @BeforeEach
    void noEventsNoStoredAccounts() {
        jdbc.sql("delete from audit_event").update();
        jdbc.sql("delete from web_user").update();
    }

    @Test
    void aMemberOfTheAnalystsGroupIsAnAnalyst() throws Exception {
        MockHttpSession session = loggedIn("berger", "10.2.0.1");

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/zugaenge").session(session)).andExpect(status().isForbidden());
        assertThat(lines()).containsExactly("AUDIT event=LOGIN_SUCCESS user=berger address=10.2.0.1");
        assertThat(jdbc.sql("select event || ' ' || user_name from audit_event").query(String.class).list())
                .containsExactly("LOGIN_SUCCESS berger");
    }

    @Test
    void aMemberOfTheAdministratorsGroupIsAnAdministrator() throws Exception {
        MockHttpSession session = loggedIn("keller", "10.2.0.2");

        String html = mvc.perform(get("/zugaenge").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("<h1>Zugänge</h1>");
    }

    @Test
    void anAccountInNeitherGroupIsRefusedInGermanAndAuditedAsNoRole() throws Exception {
        mvc.perform(login("wolf", TestDirectory.PASSWORD, "10.2.0.3")).andExpect(redirectedUrl("/login?keineRolle"));

        String page = mvc.perform(get("/login?keineRolle")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ihr Windows-Konto ist für den Integrationsmonitor nicht freigeschaltet: Es gehört "
                + "zu keiner der beiden Gruppen für Sachbearbeitung und Verwaltung. Bitte wenden Sie sich an die IT.");
        assertThat(lines()).containsExactly("AUDIT event=LOGIN_FAILURE user=wolf address=10.2.0.3 reason=NO_ROLE");
        assertThat(jdbc.sql("select reason from audit_event").query(String.class).list()).containsExactly("NO_ROLE");
    }

    @Test
    void aDisabledDirectoryAccountIsRefusedEvenWithItsGroupAndPassword() throws Exception {
        mvc.perform(login("haas", TestDirectory.PASSWORD, "10.2.0.4")).andExpect(redirectedUrl("/login?fehler"));

        assertThat(lines()).containsExactly("AUDIT event=LOGIN_FAILURE user=haas address=10.2.0.4 reason=DISABLED");
    }

    @Test
    void aWrongWindowsPasswordOrAnUnknownNameIsABadCredential() throws Exception {
        mvc.perform(login("berger", "falsch", "10.2.0.5")).andExpect(redirectedUrl("/login?fehler"));
        mvc.perform(login("niemand", TestDirectory.PASSWORD, "10.2.0.5")).andExpect(redirectedUrl("/login?fehler"));

        assertThat(lines()).containsExactly(
                "AUDIT event=LOGIN_FAILURE user=berger address=10.2.0.5 reason=BAD_CREDENTIALS",
                "AUDIT event=LOGIN_FAILURE user=niemand address=10.2.0.5 reason=BAD_CREDENTIALS");
    }

    @Test
    void aNameThatIsALocalAccountIsDecidedByTheLocalPasswordAlone() throws Exception {
        long before = directory.bindsOf("CN=Anna Lyse,OU=Mitarbeitende,DC=lra,DC=test");

        // The configured administrator "analyse" has a Windows account of the same name: only the local password
        // logs in, with the local role, and the directory is never asked.
        mvc.perform(login(WebTest.USER, TestDirectory.PASSWORD, "10.2.0.6")).andExpect(redirectedUrl("/login?fehler"));
        MockHttpSession session = (MockHttpSession) mvc.perform(login(WebTest.USER, WebTest.PASSWORD, "10.2.0.6"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/zugaenge").session(session)).andExpect(status().isOk());

        assertThat(directory.bindsOf("CN=Anna Lyse,OU=Mitarbeitende,DC=lra,DC=test")).isEqualTo(before);
    }

    @Test
    void theLockoutStopsGuessesBeforeTheyReachTheDirectory() throws Exception {
        String dn = "CN=Eva Maier,OU=Mitarbeitende,DC=lra,DC=test";
        long before = directory.bindsOf(dn);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("Maier", "falsch-" + i, "10.2.0.7")).andExpect(redirectedUrl("/login?fehler"));
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("maier", "falsch", "10.2.0.8")).andExpect(redirectedUrl("/login?gesperrt"));
        }
        mvc.perform(login("maier", TestDirectory.PASSWORD, "10.2.0.8")).andExpect(redirectedUrl("/login?gesperrt"));

        // Five wrong Windows passwords reached the directory, none after the lock: below Active Directory's own
        // threshold (BETRIEB.md), so this application never locks a Windows account.
        assertThat(directory.bindsOf(dn) - before).isEqualTo(5);
    }

    @Test
    void aRefusalWithoutRoleDoesNotCountTowardsTheLockout() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("wolf", TestDirectory.PASSWORD, "10.2.0.9")).andExpect(redirectedUrl("/login?keineRolle"));
        }
    }

    @Test
    void theLoginPageTellsHowToUseTheWindowsAccount() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mit Ihrem Windows-Konto melden Sie sich mit dem Windows-Benutzernamen (ohne Domäne "
                + "davor) und dem Windows-Kennwort an.");
    }

    @Test
    void theWindowsPasswordIsChangedInWindowsNotHere() throws Exception {
        MockHttpSession session = loggedIn("berger", "10.2.0.10");

        String page = mvc.perform(get("/kennwort").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Sie sind mit Ihrem Windows-Konto angemeldet. Ihr Kennwort ist das "
                        + "Windows-Kennwort: Ändern Sie es unter Windows (Strg+Alt+Entf, dann „Kennwort ändern“) oder "
                        + "lassen Sie es von der IT zurücksetzen.")
                .doesNotContain("Aktuelles Kennwort", "type=\"password\"", "in der Konfiguration hinterlegt");
        mvc.perform(post("/kennwort").session(session).with(csrf()).param("currentPassword", TestDirectory.PASSWORD)
                        .param("newPassword", "Drei Tannen am Bodensee")
                        .param("repeatedPassword", "Drei Tannen am Bodensee"))
                .andExpect(redirectedUrl("/kennwort"));
        assertThat(lines()).doesNotContain("AUDIT event=PASSWORD_CHANGED user=berger address=10.2.0.10");
    }

    @Test
    void aLocalAccountOfTheSameNameCreatedLaterForcesNoPasswordChangeOnTheWindowsSession() throws Exception {
        MockHttpSession session = loggedIn("berger", "10.2.0.11");
        jdbc.sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values ('berger', :hash, current_timestamp, 'ANALYST', true, true)""")
                .param("hash", WebTest.PASSWORD_HASH).update();

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession loggedIn(String name, String address) throws Exception {
        return (MockHttpSession) mvc.perform(login(name, TestDirectory.PASSWORD, address))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private List<String> lines() {
        return audit.lines();
    }
}
