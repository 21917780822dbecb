package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Replaces the password of an analyst stored in table web_user, such as the one generated at first start. The hash
 * of an analyst configured in application.yml lives in the configuration and cannot be changed here.
 */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class AnalystPasswords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes, and Spring's encoder refuses longer passwords instead of cutting them. */
    private static final int MAX_BYTES = 72;

    private static final Logger log = LoggerFactory.getLogger(AnalystPasswords.class);

    private final AnalystAccounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    AnalystPasswords(AnalystAccounts accounts, JdbcClient jdbc, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    boolean changeable() {
        return accounts.storedInDatabase();
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    boolean isCurrent(String name, String password) {
        try {
            return encoder.matches(password, accounts.loadUserByUsername(name).getPassword());
        } catch (UsernameNotFoundException e) {
            // removed while still logged in: no current password can match
            return false;
        }
    }

    /** Stores only the bcrypt hash of the new password; the old one no longer logs in. */
    void change(String name, String newPassword) {
        if (!changeable()) {
            throw new IllegalStateException("Analysts configured in application.yml change their password there");
        }
        int changed = jdbc.sql("update web_user set password_hash = :hash where name = :name")
                .param("hash", encoder.encode(newPassword)).param("name", name).update();
        if (changed != 1) {
            throw new IllegalStateException("No stored analyst " + name);
        }
        log.info("Kennwort von Benutzer „{}“ auf der Webseite geändert", name);
    }
}
