package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Only the password of an analyst stored in web_user is changed; a configured analyst's row is never touched. */
@WebTest
class AnalystPasswordsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    @BeforeEach
    void storedAnalystWithTheTestPassword() {
        WebFixtures.storeTestAnalyst(jdbc);
    }

    @Test
    void storedAnalystGetsTheHashOfTheNewPassword() {
        AnalystPasswords passwords = passwords(WebFixtures.properties());

        passwords.change(WebTest.USER, PasswordControllerTests.NEW_PASSWORD);

        assertThat(passwords.changeable(WebTest.USER)).isTrue();
        assertThat(passwords.isCurrent(WebTest.USER, PasswordControllerTests.NEW_PASSWORD)).isTrue();
        assertThat(passwords.isCurrent(WebTest.USER, WebTest.PASSWORD)).isFalse();
    }

    @Test
    void configuredAnalystsAreNotChanged() {
        // A row left from a first start before analysts were configured: it no longer logs in and stays as it is.
        AnalystPasswords passwords = passwords(WebFixtures.properties(
                new WebProperties.Analyst(WebTest.USER, WebTest.PASSWORD_HASH, null)));

        assertThat(passwords.changeable(WebTest.USER)).isFalse();
        assertThatThrownBy(() -> passwords.change(WebTest.USER, PasswordControllerTests.NEW_PASSWORD))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select password_hash from web_user").query(String.class).single())
                .isEqualTo(WebTest.PASSWORD_HASH);
    }

    @Test
    void unknownAnalystIsAnError() {
        AnalystPasswords passwords = passwords(WebFixtures.properties());

        assertThatThrownBy(() -> passwords.change("niemand", PasswordControllerTests.NEW_PASSWORD))
                .isInstanceOf(IllegalStateException.class);
    }

    private AnalystPasswords passwords(WebProperties properties) {
        return new AnalystPasswords(new AnalystAccounts(properties, jdbc, encoder, clock), encoder);
    }
}
