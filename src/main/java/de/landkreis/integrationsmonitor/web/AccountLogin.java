package de.landkreis.integrationsmonitor.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Which password decides a login: a name that is a local account (application.yml or table web_user, in any case)
 * is checked only against it, so a local administrator logs in whatever the directory's state and a guess never
 * reaches the directory twice; every other name goes to the directory when one is configured.
 */
final class AccountLogin implements AuthenticationProvider {

    private final AuthenticationProvider local;
    private final AuthenticationProvider directory;
    private final AnalystAccounts accounts;

    /** @param directory the directory login, or null when none is configured */
    AccountLogin(AuthenticationProvider local, AuthenticationProvider directory, AnalystAccounts accounts) {
        this.local = local;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (directory == null || accounts.find(authentication.getName()).isPresent()) {
            return local.authenticate(authentication);
        }
        return directory.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
