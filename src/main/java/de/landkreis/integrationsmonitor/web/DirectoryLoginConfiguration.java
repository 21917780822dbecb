package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * The directory login, present only with {@code integrationsmonitor.web.ldap.enabled=true}: the service account
 * finds the account by the typed name, a bind with the typed password checks it, a group search gives the role.
 */
@Configuration(proxyBeanMethods = false)
@ServerMode
@ConditionalOnBooleanProperty("integrationsmonitor.web.ldap.enabled")
@EnableConfigurationProperties(LdapProperties.class)
class DirectoryLoginConfiguration {

    @Bean
    DefaultSpringSecurityContextSource directoryConnection(LdapProperties settings) {
        // Refused at the start, not at the first login: without these nobody could ever log in with Windows.
        if (settings.urls().isEmpty()) {
            throw new IllegalStateException("integrationsmonitor.web.ldap.urls is empty");
        }
        if (settings.analystGroup().isBlank() && settings.adminGroup().isBlank()) {
            throw new IllegalStateException("integrationsmonitor.web.ldap: neither analyst-group nor admin-group set");
        }
        DefaultSpringSecurityContextSource connection = new DefaultSpringSecurityContextSource(settings.urls(),
                settings.base());
        connection.setUserDn(settings.bindDn());
        connection.setPassword(settings.bindPassword());
        // A login is rare and a pooled connection goes stale when the directory restarts; StartTLS forbids pooling.
        connection.setPooled(false);
        if (settings.startTls()) {
            connection.setAuthenticationStrategy(new DefaultTlsDirContextAuthenticationStrategy());
        }
        // Short, so an unreachable directory answers a login soon instead of after the system's minutes.
        connection.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.connectTimeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout", String.valueOf(settings.readTimeout().toMillis())));
        connection.afterPropertiesSet();
        return connection;
    }

    @Bean
    DirectoryLogin directoryLogin(DefaultSpringSecurityContextSource connection, LdapProperties settings) {
        BindAuthenticator bind = new BindAuthenticator(connection);
        bind.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(),
                connection));
        DirectoryRoles roles = new DirectoryRoles(new SpringSecurityLdapTemplate(connection), settings);
        return new DirectoryLogin(new LdapAuthenticationProvider(bind, roles));
    }
}
