package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.landkreis.integrationsmonitor.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
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

    private final Logger logger = (Logger) LoggerFactory.getLogger("AUDIT");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheAuditLog() {
        jdbc.sql("delete from audit_event").update();
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void putTheClockBack() {
        logger.detachAppender(logged);
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

    private List<String> lines() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    static MockHttpServletRequestBuilder login(String name, String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
