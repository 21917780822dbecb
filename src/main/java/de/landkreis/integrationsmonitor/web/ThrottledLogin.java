package de.landkreis.integrationsmonitor.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login with its lockout: a name or client address that {@link LoginThrottle} has locked, or that has as many
 * attempts in progress as failures left, is refused before its password is looked at, the right one included;
 * otherwise the password decides ({@code delegate}). {@link LoginAudit} ends each attempt from Spring Security's event.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledLogin(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!throttle.begin(authentication.getName(), address(authentication))) {
            throw new LockedException("login locked for " + authentication.getName());
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the login form's request carried it (behind the proxy: the forwarded one). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
