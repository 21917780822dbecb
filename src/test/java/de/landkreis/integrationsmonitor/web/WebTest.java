package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.run.RunOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the web tests: server mode on a random port (for the browser) with MockMvc (for
 * the controller and security tests), an in-memory H2 of its own, the clock of {@link IntegrationTest}, one
 * configured administrator and temporary inbox, reports and data folders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "integrationsmonitor.mode=SERVE",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web;DB_CLOSE_DELAY=-1",
        "integrationsmonitor.web.users[0].name=" + WebTest.USER,
        "integrationsmonitor.web.users[0].password-hash=" + WebTest.PASSWORD_HASH,
        "integrationsmonitor.web.users[0].role=ADMIN",
        // The clock stands still, so failures never expire: the many tests that fail a login on purpose must not
        // lock each other out. LoginLockoutTests has the real limits in a context of its own.
        "integrationsmonitor.web.lockout.failures-per-name=1000",
        "integrationsmonitor.web.lockout.failures-per-address=1000"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import({IntegrationTest.PinnedClock.class, WebTest.Folders.class, WebFixtures.class})
public @interface WebTest {

    String USER = "analyse";
    String PASSWORD = "Test-Kennwort-1";
    /** bcrypt of {@link #PASSWORD}, cost 4 to keep the tests fast. */
    String PASSWORD_HASH = "$2a$04$/0zFK2lWG58fhEPbwUIm7.RwvcYA5fTMfORONpRnNyRiHHT5KcGBu";

    @TestConfiguration(proxyBeanMethods = false)
    class Folders {

        @Bean
        RunOptions runOptions() {
            try {
                Path root = Files.createTempDirectory("integrationsmonitor-web");
                return new RunOptions(RunOptions.Mode.SERVE, Files.createDirectories(root.resolve("eingang")),
                        Files.createDirectories(root.resolve("berichte")), Files.createDirectories(root.resolve("daten")),
                        null, null, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
