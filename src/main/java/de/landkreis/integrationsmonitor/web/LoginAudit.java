package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.web.AuditTrail.Event;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Spring Security's login events into the lockout's counts and the audit trail: every success, every refusal with its
 * reason, every lock it sets, every logout.
 */
@Component
@ServerMode
class LoginAudit {

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    LoginAudit(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        throttle.succeeded(name, ThrottledLogin.address(event.getAuthentication()));
        audit.record(Event.LOGIN_SUCCESS, name, ThrottledLogin.address(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String address = ThrottledLogin.address(event.getAuthentication());
        String reason = event instanceof AuthenticationFailureLockedEvent ? "LOCKED"
                : event instanceof AuthenticationFailureDisabledEvent ? "DISABLED"
                : event.getException() instanceof DirectoryLogin.NoRole ? "NO_ROLE"
                : event.getException() instanceof DirectoryLogin.Unavailable ? "DIRECTORY_UNAVAILABLE"
                : "BAD_CREDENTIALS";
        audit.record(Event.LOGIN_FAILURE, name, address, reason, null);
        // A refusal by the lock began no attempt; every other failure ends the one it began.
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            LoginThrottle.Outcome outcome = throttle.failed(name, address);
            if (outcome != LoginThrottle.Outcome.COUNTED) {
                audit.record(Event.ACCOUNT_LOCKED, name, address,
                        outcome == LoginThrottle.Outcome.NAME_LOCKED ? "NAME" : "ADDRESS", null);
            }
        } else if (!(event instanceof AuthenticationFailureLockedEvent)) {
            throttle.ended(name, address);
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        audit.record(Event.LOGOUT, event.getAuthentication().getName(),
                ThrottledLogin.address(event.getAuthentication()));
    }
}
