package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * An analyst's browser against the real server of a {@link WebTest}: logs in through the login form, keeps the
 * session cookie and uploads through the form of the Hochladen page. An upload is sent as browsers send it, the
 * whole request before the answer is read: an answer Tomcat gives before it has read the upload only arrives when
 * Tomcat reads (swallows) the rest; otherwise sending fails with a reset connection, as in the browser.
 */
final class AnalystOverHttp {

    /** The answer to an upload: its status and where it sends the browser (a path). */
    record Answer(int status, String location) {
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The upload form's action and its hidden token field, which the browser sends first. */
    private static final Pattern UPLOAD_FORM = Pattern.compile(
            "<form[^>]* action=\"(/hochladen[^\"]*)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: *(\\S+)");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private AnalystOverHttp(int port) {
        this.port = port;
    }

    /** GET /login for the token and the session, then the login form's POST, as {@link WebTest#USER}. */
    static AnalystOverHttp logIn(int port) throws IOException, InterruptedException {
        AnalystOverHttp analyst = new AnalystOverHttp(port);
        String token = match(CSRF_FIELD, analyst.get("/login").body()).group(1);
        HttpResponse<String> login = analyst.http.send(HttpRequest.newBuilder(analyst.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + form(WebTest.USER) + "&password=" + form(WebTest.PASSWORD)
                        + "&_csrf=" + form(token))).build(), BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("logged in").hasValue(analyst.uri("/").toString());
        return analyst;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    /** Opens the Hochladen page, chooses one file in its form and submits it. */
    Answer upload(String fileName, byte[] content) throws IOException, InterruptedException {
        return upload(Map.of(fileName, content));
    }

    /** Opens the Hochladen page, chooses these files (name and content) in its form and submits them. */
    Answer upload(Map<String, byte[]> files) throws IOException, InterruptedException {
        Matcher form = match(UPLOAD_FORM, get("/hochladen").body());
        String boundary = "----Grenze" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + form.group(2)).getBytes(StandardCharsets.UTF_8));
        files.forEach((fileName, content) -> {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"dateien\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
        });
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String cookieHeader = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + HtmlUtils.htmlUnescape(form.group(1)) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nCookie: " + cookieHeader
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + body.size()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeTo(out);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String location = match(LOCATION, response).group(1);
            return new Answer(Integer.parseInt(match(STATUS, response).group(1)), URI.create(location).getPath());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Matcher match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", pattern, text).isTrue();
        return matcher;
    }
}
