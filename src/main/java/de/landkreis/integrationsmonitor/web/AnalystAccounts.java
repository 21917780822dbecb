package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.DbTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts that may log in: those of {@code integrationsmonitor.web.users} (read-only here) and those of table
 * web_user, which administrators create, disable, enable and give one-time passwords on the page Zugänge. Only a
 * password's bcrypt hash is ever stored. Whenever no administrator exists, the start creates {@code analyse} as one.
 */
@Component
@ServerMode
class AnalystAccounts implements UserDetailsService {

    static final String INITIAL_USER = "analyse";

    // No 0/O, 1/l/I: the password is read from a log or a page and typed by hand.
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final WebProperties properties;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AnalystAccounts(WebProperties properties, JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * An account as the page Zugänge lists it.
     *
     * @param configured         kept in application.yml: not changeable on the pages
     * @param mustChangePassword its password was generated and must be changed at the next login
     * @param createdAt          null for a configured account
     */
    record Account(String name, AccountRole role, boolean enabled, boolean configured, boolean mustChangePassword,
                   Instant createdAt) {
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Optional<WebProperties.Analyst> configured = configured(name);
        if (configured.isPresent()) {
            return User.withUsername(name).password(configured.get().passwordHash())
                    .roles(configured.get().role().roles()).build();
        }
        return jdbc.sql("select password_hash, role, enabled from web_user where name = :name").param("name", name)
                .query((rs, row) -> User.withUsername(name).password(rs.getString("password_hash"))
                        .roles(AccountRole.valueOf(rs.getString("role")).roles())
                        .disabled(!rs.getBoolean("enabled")).build())
                .optional().orElseThrow(() -> new UsernameNotFoundException(name));
    }

    /** Every account: the configured ones first, then those of the database, each by name. */
    List<Account> all() {
        List<Account> accounts = new ArrayList<>();
        properties.users().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(u -> accounts.add(new Account(u.name(), u.role(), true, true, false, null)));
        accounts.addAll(jdbc.sql("select name, role, enabled, must_change_password, created_at from web_user "
                        + "order by name")
                .query((rs, row) -> new Account(rs.getString("name"), AccountRole.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"), false, rs.getBoolean("must_change_password"),
                        DbTime.fromDb(rs.getObject("created_at", LocalDateTime.class))))
                .list());
        return accounts;
    }

    /** The account of this name; names differing only in case are one name (as for the lockout). */
    Optional<Account> find(String name) {
        return all().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether the account is one of the database's, whose password and state the pages change. */
    boolean storedInDatabase(String name) {
        return all().stream().anyMatch(a -> !a.configured() && a.name().equals(name))
                && configured(name).isEmpty();
    }

    /** Whether the account's password was generated or set by an administrator and not yet changed. */
    boolean mustChangePassword(String name) {
        if (configured(name).isPresent()) {
            return false;
        }
        return jdbc.sql("select must_change_password from web_user where name = :name").param("name", name)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Enabled administrators, configured and stored: the last one cannot be disabled or demoted. */
    long enabledAdministrators() {
        return all().stream().filter(a -> a.enabled() && a.role() == AccountRole.ADMIN).count();
    }

    /** The names kept both in the configuration and in the database: such a start is refused. */
    List<String> namesInBothPlaces() {
        return properties.users().stream().map(WebProperties.Analyst::name)
                .filter(name -> jdbc.sql("select exists (select 1 from web_user where lower(name) = lower(:name))")
                        .param("name", name).query(Boolean.class).single())
                .toList();
    }

    /**
     * Creates {@code analyse} as administrator with a generated password when no enabled administrator exists (an
     * existing database account of that name is made one again).
     *
     * @return the generated password, to be shown once; empty when an administrator exists
     */
    Optional<String> createInitialAdministratorIfNone() {
        if (enabledAdministrators() > 0) {
            return Optional.empty();
        }
        String password = generatePassword();
        if (storedInDatabase(INITIAL_USER)) {
            jdbc.sql("update web_user set role = 'ADMIN', enabled = true where name = :name")
                    .param("name", INITIAL_USER).update();
            setPassword(INITIAL_USER, password, true);
        } else {
            create(INITIAL_USER, AccountRole.ADMIN, password);
        }
        return Optional.of(password);
    }

    /** Stores a new account whose password must be changed at its first login. */
    void create(String name, AccountRole role, String password) {
        jdbc.sql("""
                        insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                        values (:name, :hash, :created, :role, true, true)""")
                .param("name", name).param("hash", encoder.encode(password))
                .param("created", DbTime.toDb(clock.instant())).param("role", role.name()).update();
    }

    void setEnabled(String name, boolean enabled) {
        update("update web_user set enabled = :value where name = :name", name, enabled);
    }

    void setRole(String name, AccountRole role) {
        update("update web_user set role = :value where name = :name", name, role.name());
    }

    /**
     * Stores only the bcrypt hash of the password.
     *
     * @param mustChange whether it must be changed at the next login (generated or set by an administrator)
     */
    void setPassword(String name, String password, boolean mustChange) {
        int changed = jdbc.sql("update web_user set password_hash = :hash, must_change_password = :change "
                        + "where name = :name")
                .param("hash", encoder.encode(password)).param("change", mustChange).param("name", name).update();
        if (changed != 1) {
            throw new IllegalStateException("No stored analyst " + name);
        }
    }

    /** A password of 20 letters and digits that are hard to mistake for each other. */
    String generatePassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private Optional<WebProperties.Analyst> configured(String name) {
        return properties.users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    private void update(String sql, String name, Object value) {
        if (jdbc.sql(sql).param("value", value).param("name", name).update() != 1) {
            throw new IllegalStateException("No stored analyst " + name);
        }
    }
}
