package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The profile {@code proxy} through the real Tomcat, as the office's HTTPS proxy on the same machine forwards a
 * request: the session cookie is {@code Secure}, and the lockout and audit trail see the client's address.
 */
@WebTest
@ActiveProfiles({"test", "proxy"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-proxy;DB_CLOSE_DELAY=-1")
class ProxyProfileHttpTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theForwardedClientAndHttpsAreTrustedFromTheProxy() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(forwarded("/login").GET().build(), BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict");
        Matcher token = CSRF_FIELD.matcher(login.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> posted = http.send(forwarded("/login").header("Cookie", cookie.split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + WebTest.USER + "&password="
                        + URLEncoder.encode(WebTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), BodyHandlers.ofString());

        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        List<String> addresses = jdbc.sql("select address from audit_event where event = 'LOGIN_SUCCESS'")
                .query(String.class).list();
        assertThat(addresses).containsExactly("203.0.113.7");
    }

    private HttpRequest.Builder forwarded(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https");
    }
}
