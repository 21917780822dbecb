package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An analyst stored in table web_user replaces the password, above all a generated one. The hash of an analyst
 * configured in application.yml lives in the configuration and cannot be changed here.
 */
@Component
@ServerMode
class AnalystPasswords {

    private final AnalystAccounts accounts;
    private final PasswordEncoder encoder;

    AnalystPasswords(AnalystAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    boolean changeable(String name) {
        return accounts.storedInDatabase(name);
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
        if (!changeable(name)) {
            throw new IllegalStateException("Analysts configured in application.yml change their password there");
        }
        accounts.setPassword(name, newPassword, false);
    }
}
