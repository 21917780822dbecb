package de.landkreis.integrationsmonitor.web;

import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.ldap.NamingException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.ldap.userdetails.LdapUserDetails;

/**
 * The login with a Windows account through Spring Security's LDAP support ({@code ldap}): bind as the account found
 * by the user search, role from its groups ({@link DirectoryRoles}). A directory that cannot be reached or answers
 * with an error is written to the technical log with its cause and refuses the login as {@link Unavailable}.
 */
final class DirectoryLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLogin.class);

    private final AuthenticationProvider ldap;

    DirectoryLogin(AuthenticationProvider ldap) {
        this.ldap = ldap;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return ldap.authenticate(authentication);
        } catch (InternalAuthenticationServiceException | NamingException e) {
            // The innermost cause names it: "connect timed out", "Connection refused", "LDAP response read timed out".
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            log.warn("Anmeldung von {} mit dem Windows-Konto nicht möglich, Verzeichnis nicht erreichbar oder mit "
                    + "Fehler: {}", AuditTrail.clean(authentication.getName()), cause.toString());
            throw new Unavailable(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Whether this user logged in with a directory account, whose password this application never changes. */
    static boolean isDirectoryAccount(Principal user) {
        return user instanceof Authentication authentication
                && authentication.getPrincipal() instanceof LdapUserDetails;
    }

    /** The directory could not be asked: the password was never checked. */
    static final class Unavailable extends AuthenticationServiceException {

        Unavailable(Throwable cause) {
            super("directory unavailable", cause);
        }
    }

    /** The password was right, but the account is in neither of the configured groups. */
    static final class NoRole extends AuthenticationException {

        NoRole(String username) {
            super("directory account " + username + " is in no group of this application");
        }
    }
}
