package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import de.landkreis.integrationsmonitor.store.DbTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The analysts who may log in: those of {@code integrationsmonitor.web.users}, or, when none is configured, the one
 * user created at first start with a generated password. Only the password's bcrypt hash is ever stored.
 */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class AnalystAccounts implements UserDetailsService {

    static final String INITIAL_USER = "analyse";

    // No 0/O, 1/l/I: the password is read from a log and typed by hand.
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

    @Override
    public UserDetails loadUserByUsername(String name) {
        Optional<String> hash = storedInDatabase()
                ? jdbc.sql("select password_hash from web_user where name = :name").param("name", name)
                        .query(String.class).optional()
                : properties.users().stream().filter(u -> u.name().equals(name)).findFirst()
                        .map(WebProperties.Analyst::passwordHash);
        return hash.map(h -> User.withUsername(name).password(h).roles("ANALYST").build())
                .orElseThrow(() -> new UsernameNotFoundException(name));
    }

    /** Whether the analysts are those of table web_user, not those of application.yml. */
    boolean storedInDatabase() {
        return properties.users().isEmpty();
    }

    /**
     * Creates the initial user when no analyst is configured and none was created before.
     *
     * @return the generated password, to be shown once; empty when nothing was created
     */
    Optional<String> createInitialAnalystIfNone() {
        if (!storedInDatabase()
                || jdbc.sql("select exists (select 1 from web_user)").query(Boolean.class).single()) {
            return Optional.empty();
        }
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        jdbc.sql("insert into web_user (name, password_hash, created_at) values (:name, :hash, :created)")
                .param("name", INITIAL_USER).param("hash", encoder.encode(password))
                .param("created", DbTime.toDb(clock.instant())).update();
        return Optional.of(password.toString());
    }
}
