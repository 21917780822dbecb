package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.landkreis.integrationsmonitor.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The lockout through the real filter chain, with the limits of application.yml (5 per name, 20 per address, 15
 * minutes) in a context of its own: every test logs in from an address of its own.
 */
@WebTest
@TestPropertySource(properties = {
        "integrationsmonitor.web.lockout.failures-per-name=5",
        "integrationsmonitor.web.lockout.failures-per-address=20",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-lockout;DB_CLOSE_DELAY=-1"})
class LoginLockoutTests {

    static final String LOCKED = "Zu viele fehlgeschlagene Anmeldungen: Die Anmeldung ist für diesen Benutzernamen "
            + "vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten erneut.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final LogLines audit = LogLines.of("AUDIT");

    @BeforeEach
    void noEvents() {
        jdbc.sql("delete from audit_event").update();
    }

    @AfterEach
    void putTheClockBack() {
        ((TestClock) clock).reset();
    }

    @Test
    void fiveFailuresLockTheNameForFifteenMinutesTheRightPasswordIncluded() throws Exception {
        String address = "10.1.0.1";
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(WebTest.USER, "falsch-" + i, address)).andExpect(redirectedUrl("/login?fehler"));
        }
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/login?gesperrt"));
        // Another address does not help: the name is locked.
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, "10.1.0.99")).andExpect(redirectedUrl("/login?gesperrt"));
        String page = mvc.perform(get("/login?gesperrt")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(LOCKED);

        ((TestClock) clock).advance(Duration.ofMinutes(14).plusSeconds(59));
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/login?gesperrt"));
        ((TestClock) clock).advance(Duration.ofSeconds(1));
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/"));

        assertThat(lines()).containsExactly(
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=BAD_CREDENTIALS",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=BAD_CREDENTIALS",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=BAD_CREDENTIALS",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=BAD_CREDENTIALS",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=BAD_CREDENTIALS",
                "AUDIT event=ACCOUNT_LOCKED user=analyse address=10.1.0.1 reason=NAME",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=LOCKED",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.99 reason=LOCKED",
                "AUDIT event=LOGIN_FAILURE user=analyse address=10.1.0.1 reason=LOCKED",
                "AUDIT event=LOGIN_SUCCESS user=analyse address=10.1.0.1");
        assertThat(jdbc.sql("select event, user_name, address, reason from audit_event order by id")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).list())
                .hasSize(10).startsWith("LOGIN_FAILURE analyse 10.1.0.1 BAD_CREDENTIALS")
                .endsWith("LOGIN_SUCCESS analyse 10.1.0.1 null");
        assertThat(String.join("\n", lines())).doesNotContain(WebTest.PASSWORD, "falsch-", "$2a$");
    }

    @Test
    void aNameThatDoesNotExistIsLockedInTheSameWords() throws Exception {
        String address = "10.1.0.2";
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("niemand", "falsch-" + i, address)).andExpect(redirectedUrl("/login?fehler"));
        }
        mvc.perform(login("niemand", "falsch", address)).andExpect(redirectedUrl("/login?gesperrt"));
        // Changing the case buys no further tries.
        mvc.perform(login("NIEMAND", "falsch", address)).andExpect(redirectedUrl("/login?gesperrt"));
        assertThat(lines()).contains("AUDIT event=ACCOUNT_LOCKED user=niemand address=10.1.0.2 reason=NAME");
    }

    @Test
    void twentyFailuresFromOneAddressLockItWhateverTheNames() throws Exception {
        String address = "10.1.0.3";
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("name-" + i, "falsch", address)).andExpect(redirectedUrl("/login?fehler"));
        }
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/login?gesperrt"));
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, "10.1.0.4")).andExpect(redirectedUrl("/"));
        assertThat(lines()).contains("AUDIT event=ACCOUNT_LOCKED user=name-19 address=10.1.0.3 reason=ADDRESS");
    }

    @Test
    void aSuccessForgetsTheNamesEarlierFailures() throws Exception {
        String address = "10.1.0.5";
        for (int i = 0; i < 4; i++) {
            mvc.perform(login(WebTest.USER, "falsch", address)).andExpect(redirectedUrl("/login?fehler"));
        }
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/"));
        mvc.perform(login(WebTest.USER, "falsch", address)).andExpect(redirectedUrl("/login?fehler"));
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, address)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNameTypedToForgeALogLineStaysOneField() throws Exception {
        mvc.perform(login("x\nAUDIT event=LOGIN_SUCCESS user=chef", "falsch", "10.1.0.6"))
                .andExpect(redirectedUrl("/login?fehler"));
        assertThat(lines()).containsExactly(
                "AUDIT event=LOGIN_FAILURE user=x_AUDIT_event_LOGIN_SUCCESS_user_chef address=10.1.0.6 "
                        + "reason=BAD_CREDENTIALS");
    }

    @Test
    void aBurstOfParallelLoginsGetsNoMoreGuessesThanTheLimit() throws Exception {
        String address = "10.1.0.7";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = "falsch-" + i;
                answers.add(pool.submit(() -> mvc.perform(login("burst", password, address)).andReturn()
                        .getResponse().getRedirectedUrl()));
            }
            int guesses = 0;
            for (Future<String> answer : answers) {
                String url = answer.get(60, TimeUnit.SECONDS);
                assertThat(url).isIn("/login?fehler", "/login?gesperrt");
                guesses += url.equals("/login?fehler") ? 1 : 0;
            }
            assertThat(guesses).isBetween(1, 5);
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(login("burst", "falsch", address)).andExpect(redirectedUrl("/login?gesperrt"));
        assertThat(jdbc.sql("select count(*) from audit_event where user_name = 'burst' and reason = 'BAD_CREDENTIALS'")
                .query(Integer.class).single()).isLessThanOrEqualTo(5);
    }

    @Test
    void theCurrentPasswordOnKennwortAendernIsGuessedNoMoreFreely() throws Exception {
        jdbc.sql("delete from web_user where name = 'mueller'").update();
        jdbc.sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values ('mueller', :hash, current_timestamp, 'ANALYST', true, false)""")
                .param("hash", WebTest.PASSWORD_HASH).update();
        String address = "10.1.0.8";
        MvcResult login = mvc.perform(login("mueller", WebTest.PASSWORD, address)).andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        for (int i = 0; i < 5; i++) {
            assertThat(change(session, "falsch-" + i, address)).contains("Das aktuelle Kennwort ist falsch.");
        }
        assertThat(change(session, WebTest.PASSWORD, address)).contains("Zu viele fehlgeschlagene Versuche");
        mvc.perform(login("mueller", WebTest.PASSWORD, address)).andExpect(redirectedUrl("/login?gesperrt"));
    }

    private String change(MockHttpSession session, String current, String address) throws Exception {
        return mvc.perform(post("/kennwort").session(session).with(csrf()).param("currentPassword", current)
                        .param("newPassword", "Drei Tannen am Bodensee").param("repeatedPassword", "Drei Tannen am Bodensee")
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> lines() {
        return audit.lines();
    }

    static MockHttpServletRequestBuilder login(String name, String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
