package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Without configured analysts, one user with a generated password; only its hash is stored, never twice. */
@WebTest
class AnalystAccountsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    @BeforeEach
    void noStoredUsers() {
        jdbc.sql("delete from web_user").update();
    }

    @Test
    void firstStartWithoutConfiguredUsersGeneratesAPasswordAndStoresOnlyItsHash() {
        AnalystAccounts accounts = new AnalystAccounts(new WebProperties(List.of()), jdbc, encoder, clock);

        String password = accounts.createInitialAnalystIfNone().orElseThrow();

        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
        String stored = jdbc.sql("select password_hash from web_user where name = 'analyse'").query(String.class)
                .single();
        assertThat(stored).startsWith("$2a$").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
        assertThat(accounts.loadUserByUsername("analyse").getPassword()).isEqualTo(stored);
        assertThat(accounts.createInitialAnalystIfNone()).as("second start").isEmpty();
        assertThat(jdbc.sql("select count(*) from web_user").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eachFirstStartGeneratesAnotherPassword() {
        AnalystAccounts accounts = new AnalystAccounts(new WebProperties(List.of()), jdbc, encoder, clock);
        String first = accounts.createInitialAnalystIfNone().orElseThrow();
        jdbc.sql("delete from web_user").update();

        assertThat(accounts.createInitialAnalystIfNone()).get().isNotEqualTo(first);
    }

    @Test
    void configuredUsersReplaceTheGeneratedOne() {
        AnalystAccounts accounts = new AnalystAccounts(new WebProperties(List.of(
                new WebProperties.Analyst("mueller", WebTest.PASSWORD_HASH))), jdbc, encoder, clock);

        assertThat(accounts.createInitialAnalystIfNone()).isEmpty();
        assertThat(jdbc.sql("select count(*) from web_user").query(Integer.class).single()).isZero();
        assertThat(accounts.loadUserByUsername("mueller").getPassword()).isEqualTo(WebTest.PASSWORD_HASH);
        assertThatThrownBy(() -> accounts.loadUserByUsername("analyse"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
