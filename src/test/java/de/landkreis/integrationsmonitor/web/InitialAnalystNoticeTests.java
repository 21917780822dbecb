package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The generated password reaches the operator once, in German, through the log; it opens the stored account. */
@WebTest
class InitialAnalystNoticeTests {

    private static final Pattern NOTICE = Pattern.compile(
            "Erste Anmeldung: Benutzer „analyse“, Kennwort „([A-Za-z2-9]{20})“\\. Das Kennwort wird nur dieses eine Mal "
                    + "angezeigt und nicht gespeichert \\(nur sein bcrypt-Hash\\); ändern Sie es nach der Anmeldung auf "
                    + "der Seite „Kennwort ändern“\\.");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;
    @Autowired
    MessageSource messages;

    private final Logger logger = (Logger) LoggerFactory.getLogger(InitialAnalystNotice.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private InitialAnalystNotice notice;

    @BeforeEach
    void firstStartWithoutConfiguredUsers() {
        jdbc.sql("delete from web_user").update();
        notice = new InitialAnalystNotice(
                new AnalystAccounts(WebFixtures.properties(), jdbc, encoder, clock), messages);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logged);
    }

    @Test
    void logsTheGeneratedPasswordOnceInGerman() {
        notice.announce();

        assertThat(logged.list).hasSize(1);
        Matcher message = NOTICE.matcher(logged.list.get(0).getFormattedMessage());
        assertThat(message.find()).as(logged.list.get(0).getFormattedMessage()).isTrue();
        String stored = jdbc.sql("select password_hash from web_user where name = 'analyse'").query(String.class)
                .single();
        assertThat(encoder.matches(message.group(1), stored)).isTrue();

        notice.announce();
        assertThat(logged.list).as("second start").hasSize(1);
    }

    @Test
    void aNameInTheConfigurationAndInTheDatabaseStopsTheStartInGerman() {
        WebFixtures.storeTestAnalyst(jdbc);
        InitialAnalystNotice twice = new InitialAnalystNotice(new AnalystAccounts(WebFixtures.properties(
                new WebProperties.Analyst(WebTest.USER, WebTest.PASSWORD_HASH, AccountRole.ADMIN)), jdbc, encoder,
                clock), messages);

        assertThatThrownBy(twice::announce).isInstanceOf(IllegalStateException.class)
                .hasMessage("Der Server startet nicht: Benutzer analyse steht sowohl in application.yml "
                        + "(integrationsmonitor.web.users) als auch in der Datenbank. Bitte einen der beiden Einträge "
                        + "entfernen oder umbenennen.");
        assertThat(logged.list).isEmpty();
    }

    @Test
    void theGeneratedAdministratorMustChangeThePassword() {
        notice.announce();

        assertThat(jdbc.sql("select role || ' ' || must_change_password from web_user where name = 'analyse'")
                .query(String.class).single()).isEqualToIgnoringCase("ADMIN true");
    }
}
