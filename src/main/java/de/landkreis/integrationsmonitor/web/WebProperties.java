package de.landkreis.integrationsmonitor.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web pages.
 *
 * @param users          analysts kept in the configuration, beside those of the database
 * @param lockout        when failed logins refuse further ones
 * @param auditRetention how long the audit trail keeps an event
 * @param maxFilesPerUpload how many files one upload on Hochladen may hold; Tomcat refuses more before reading them
 */
@ConfigurationProperties("integrationsmonitor.web")
record WebProperties(@DefaultValue List<Analyst> users, @DefaultValue Lockout lockout,
                     @DefaultValue("180d") Duration auditRetention, @DefaultValue("500") int maxFilesPerUpload) {

    /**
     * @param passwordHash the bcrypt hash of the password, never the password itself
     * @param role         {@code ANALYST} unless given
     */
    record Analyst(String name, String passwordHash, AccountRole role) {

        Analyst {
            role = role == null ? AccountRole.ANALYST : role;
        }
    }

    /**
     * @param failuresPerName    failed logins for one user name within {@code window} that lock it
     * @param failuresPerAddress failed logins from one client address within {@code window} that lock it
     * @param window             how far back failures count
     * @param duration           how long a lock refuses every login, the right password included
     */
    record Lockout(@DefaultValue("5") int failuresPerName, @DefaultValue("20") int failuresPerAddress,
                   @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration duration) {
    }
}
