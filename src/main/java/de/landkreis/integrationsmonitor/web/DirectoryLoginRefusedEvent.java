package de.landkreis.integrationsmonitor.web;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * A directory login refused for another reason than its password ({@link DirectoryLogin.NoRole},
 * {@link DirectoryLogin.Unavailable}): audited with that reason, not counted by the lockout. Public, as Spring
 * Security creates it by reflection.
 */
public class DirectoryLoginRefusedEvent extends AbstractAuthenticationFailureEvent {

    public DirectoryLoginRefusedEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
