package de.landkreis.integrationsmonitor.web;

import static de.landkreis.integrationsmonitor.web.LoginLockoutTests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A directory that takes connections but never answers (the worst case: a hung domain controller behind a firewall
 * that drops nothing): the local administrator still logs in at once, a Windows login is refused after the short
 * timeout with a German message, and the audit trail and the technical log say why.
 */
@WebTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-ldap-down;DB_CLOSE_DELAY=-1",
        "integrationsmonitor.web.ldap.enabled=true",
        "integrationsmonitor.web.ldap.base=DC=lra,DC=test",
        "integrationsmonitor.web.ldap.analyst-group=CN=GG-Integrationsmonitor-Sachbearbeitung,DC=lra,DC=test",
        "integrationsmonitor.web.ldap.admin-group=CN=GG-Integrationsmonitor-Verwaltung,DC=lra,DC=test",
        "integrationsmonitor.web.ldap.bind-dn=CN=svc-integrationsmonitor,DC=lra,DC=test",
        "integrationsmonitor.web.ldap.bind-password=Dienst-Kennwort-1",
        "integrationsmonitor.web.ldap.connect-timeout=2s",
        "integrationsmonitor.web.ldap.read-timeout=2s"})
class DirectoryUnavailableTests {

    /** Accepts connections into its backlog and never reads them. */
    static final ServerSocket silent = silentSocket();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("integrationsmonitor.web.ldap.urls", () -> "ldap://localhost:" + silent.getLocalPort());
    }

    @AfterAll
    static void close() throws IOException {
        silent.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final LogLines logged = LogLines.of("AUDIT", DirectoryLogin.class.getName());

    @BeforeEach
    void noEvents() {
        jdbc.sql("delete from audit_event").update();
    }

    @Test
    void theLocalAdministratorLogsInAtOnce() throws Exception {
        long start = System.nanoTime();
        mvc.perform(login(WebTest.USER, WebTest.PASSWORD, "10.3.0.1")).andExpect(redirectedUrl("/"));

        // Never asks the directory, so never waits for its timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(logged.lines()).containsExactly("AUDIT event=LOGIN_SUCCESS user=analyse address=10.3.0.1");
    }

    @Test
    void aWindowsLoginIsRefusedAfterTheTimeoutInGermanAndTheLogsSayWhy() throws Exception {
        long start = System.nanoTime();
        mvc.perform(login("berger", TestDirectory.PASSWORD, "10.3.0.2")).andExpect(redirectedUrl("/login?verzeichnis"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // One read timeout of 2 s for the service account's bind, and nothing waits much longer.
        assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(5));
        String page = mvc.perform(get("/login?verzeichnis")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Die Anmeldung mit dem Windows-Konto ist gerade nicht möglich, weil der "
                + "Verzeichnisdienst (Active Directory) nicht erreichbar ist. Bitte versuchen Sie es später erneut "
                + "oder wenden Sie sich an die IT.");
        List<ILoggingEvent> lines = logged.events();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(lines.get(0).getFormattedMessage())
                .startsWith("Anmeldung von berger mit dem Windows-Konto nicht möglich, Verzeichnis nicht erreichbar oder mit Fehler: ")
                .contains("timed out").doesNotContain(TestDirectory.PASSWORD, "Dienst-Kennwort-1");
        assertThat(lines.get(1).getFormattedMessage())
                .isEqualTo("AUDIT event=LOGIN_FAILURE user=berger address=10.3.0.2 reason=DIRECTORY_UNAVAILABLE");
        assertThat(jdbc.sql("select reason from audit_event").query(String.class).list())
                .containsExactly("DIRECTORY_UNAVAILABLE");
    }

    private static ServerSocket silentSocket() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
