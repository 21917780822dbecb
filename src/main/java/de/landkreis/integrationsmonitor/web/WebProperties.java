package de.landkreis.integrationsmonitor.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web pages.
 *
 * @param users the analysts who may log in; empty = one user with a password generated at first start
 */
@ConfigurationProperties("integrationsmonitor.web")
record WebProperties(@DefaultValue List<Analyst> users) {

    /**
     * @param passwordHash the bcrypt hash of the password, never the password itself
     */
    record Analyst(String name, String passwordHash) {
    }
}
