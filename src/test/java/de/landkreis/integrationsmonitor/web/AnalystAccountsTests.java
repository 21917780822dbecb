package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(), jdbc, encoder, clock);

        String password = accounts.createInitialAdministratorIfNone().orElseThrow();

        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
        String stored = jdbc.sql("select password_hash from web_user where name = 'analyse'").query(String.class)
                .single();
        assertThat(stored).startsWith("$2a$").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
        assertThat(accounts.loadUserByUsername("analyse").getPassword()).isEqualTo(stored);
        assertThat(accounts.createInitialAdministratorIfNone()).as("second start").isEmpty();
        assertThat(jdbc.sql("select count(*) from web_user").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eachFirstStartGeneratesAnotherPassword() {
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(), jdbc, encoder, clock);
        String first = accounts.createInitialAdministratorIfNone().orElseThrow();
        jdbc.sql("delete from web_user").update();

        assertThat(accounts.createInitialAdministratorIfNone()).get().isNotEqualTo(first);
    }

    @Test
    void aConfiguredAdministratorMakesTheGeneratedOneNeedless() {
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(
                new WebProperties.Analyst("mueller", WebTest.PASSWORD_HASH, AccountRole.ADMIN)), jdbc, encoder, clock);

        assertThat(accounts.createInitialAdministratorIfNone()).isEmpty();
        assertThat(jdbc.sql("select count(*) from web_user").query(Integer.class).single()).isZero();
        assertThat(accounts.loadUserByUsername("mueller").getPassword()).isEqualTo(WebTest.PASSWORD_HASH);
        assertThat(accounts.loadUserByUsername("mueller").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_ADMIN");
        assertThatThrownBy(() -> accounts.loadUserByUsername("analyse"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void configuredAnalystsWithoutAnAdministratorGetTheGeneratedAdministratorBeside() {
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(
                new WebProperties.Analyst("mueller", WebTest.PASSWORD_HASH, null)), jdbc, encoder, clock);

        assertThat(accounts.createInitialAdministratorIfNone()).isPresent();
        assertThat(accounts.loadUserByUsername("mueller").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ANALYST");
        assertThat(accounts.all()).extracting(AnalystAccounts.Account::name, AnalystAccounts.Account::role,
                        AnalystAccounts.Account::configured, AnalystAccounts.Account::mustChangePassword)
                .containsExactly(tuple("mueller", AccountRole.ANALYST, true, false),
                        tuple("analyse", AccountRole.ADMIN, false, true));
        assertThat(accounts.namesInBothPlaces()).isEmpty();
    }

    @Test
    void aDisabledAdministratorCountsForNothing() {
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(), jdbc, encoder, clock);
        accounts.createInitialAdministratorIfNone().orElseThrow();
        accounts.setEnabled("analyse", false);

        assertThat(accounts.loadUserByUsername("analyse").isEnabled()).isFalse();
        String password = accounts.createInitialAdministratorIfNone().orElseThrow();

        assertThat(accounts.loadUserByUsername("analyse").isEnabled()).isTrue();
        assertThat(encoder.matches(password, accounts.loadUserByUsername("analyse").getPassword())).isTrue();
        assertThat(accounts.mustChangePassword("analyse")).isTrue();
    }

    @Test
    void aNameInTheConfigurationAndInTheDatabaseIsFound() {
        WebFixtures.storeTestAnalyst(jdbc);
        AnalystAccounts accounts = new AnalystAccounts(WebFixtures.properties(
                new WebProperties.Analyst(WebTest.USER, WebTest.PASSWORD_HASH, AccountRole.ADMIN)), jdbc, encoder, clock);

        assertThat(accounts.namesInBothPlaces()).containsExactly(WebTest.USER);
    }
}
