package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The logged-in sessions of each account (Spring Security's session registry): a password change ends the account's
 * other sessions, disabling it ends all of them. An ended session is logged out at its next request.
 */
@Component
@ServerMode
class AnalystSessions {

    private final SessionRegistry registry;

    AnalystSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of {@code name} except {@code keptSessionId} (null: ends all). */
    void endSessionsOf(String name, String keptSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(name)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
