package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may see what in server mode: the login page, the static assets, the error page and the health endpoint are
 * public, the user administration ({@code /zugaenge}) needs an administrator, everything else a logged-in analyst.
 * Form login with a German page against the local accounts and, when configured, the office's directory
 * ({@link AccountLogin}), a lockout after failed logins, a forced change of generated passwords, every
 * session registered (so a password change can end the others), CSRF protection on every change, strict security
 * headers; the session timeout is {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@ServerMode
@EnableConfigurationProperties(WebProperties.class)
class WebSecurityConfiguration {

    /** No inline script or style: the pages load their CSS and JS from the application itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, AnalystAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle, SessionRegistry sessions, AuthenticationEventPublisher events,
            ObjectProvider<DirectoryLogin> directory) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        // The one way to log in, without Spring's global fallback provider, which would check a wrong password a
        // second time (twice the bcrypt work for every guess).
        ProviderManager logins = new ProviderManager(
                new ThrottledLogin(new AccountLogin(passwords, directory.getIfAvailable(), accounts), throttle));
        logins.setAuthenticationEventPublisher(events);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?fehler");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?gesperrt",
                DirectoryLogin.NoRole.class.getName(), "/login?keineRolle",
                DirectoryLogin.Unavailable.class.getName(), "/login?verzeichnis"));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/zugaenge", "/zugaenge/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(logins)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?abgemeldet"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?beendet"))
                .addFilterAfter(new PasswordChangeRequired(accounts), AuthorizationFilter.class)
                .exceptionHandling(denied -> denied.accessDeniedHandler(new UploadTooLargeDenial()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Spring Security's login events, with the directory's own refusals among them. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(DirectoryLogin.NoRole.class, DirectoryLoginRefusedEvent.class,
                DirectoryLogin.Unavailable.class, DirectoryLoginRefusedEvent.class));
        return events;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
