package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.web.AnalystOverHttp.Answer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Hochladen through the real Tomcat and its multipart parsing, which MockMvc skips, with the limits scaled down to
 * 1 MB a file and 5 MB an upload and Tomcat swallowing what {@code application.yml} says: an upload over a limit,
 * even far over it, brings the analyst back to the Hochladen page with the German message naming the limits.
 */
@WebTest
@TestPropertySource(properties = {
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=5MB",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-upload-limit;DB_CLOSE_DELAY=-1"})
class UploadLimitHttpTests {

    static final int MB = 1024 * 1024;
    static final String TOO_LARGE = "<p id=\"zu-gross\" class=\"problem\" role=\"alert\">Die Auswahl ist zu groß und "
            + "wurde nicht gespeichert. Jede Datei darf höchstens 1 MB groß sein, alle Dateien eines Hochladens "
            + "zusammen höchstens 5 MB.</p>";
    static final Answer BACK_TO_THE_PAGE = new Answer(302, "/hochladen");

    @LocalServerPort
    int port;
    @Autowired
    WebFixtures fixtures;

    private AnalystOverHttp analyst;

    @BeforeEach
    void loggedInWithAnEmptyInbox() throws Exception {
        fixtures.reset();
        analyst = AnalystOverHttp.logIn(port);
    }

    @Test
    void aReturnIsStoredInTheInbox() throws Exception {
        byte[] csv = WebFixtures.bytes(WebFixtures.STRUCTURES);

        assertThat(analyst.upload(WebFixtures.STRUCTURES, csv)).isEqualTo(BACK_TO_THE_PAGE);

        assertThat(analyst.get("/hochladen").body()).contains("„" + WebFixtures.STRUCTURES + "“ wurde als „"
                + WebFixtures.STRUCTURES + "“ im Posteingang gespeichert.").doesNotContain("zu-gross");
        assertThat(inboxFiles(fixtures)).containsExactly(WebFixtures.STRUCTURES);
        assertThat(fixtures.options().input().resolve(WebFixtures.STRUCTURES)).hasBinaryContent(csv);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "1048577  | one byte over the file limit",
            "3145728  | three times the file limit: Tomcat stops reading at the limit and swallows the rest",
            "10485760 | ten times the file limit, over the upload limit: Tomcat refuses by Content-Length before "
                    + "reading and swallows all of it, more than its default 2 MB"})
    void tooLargeBringsTheAnalystBackToThePageWithTheLimitsAndStoresNothing(int size, String why) throws Exception {
        assertThat(analyst.upload("Scan.pdf", new byte[size])).isEqualTo(BACK_TO_THE_PAGE);

        assertTooLargeShownOnceStillLoggedInNothingStored(analyst, fixtures);
    }

    /** The Hochladen page shows the message once, to the logged-in analyst, and the inbox stays empty. */
    static void assertTooLargeShownOnceStillLoggedInNothingStored(AnalystOverHttp analyst, WebFixtures fixtures)
            throws Exception {
        HttpResponse<String> page = analyst.get("/hochladen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(TOO_LARGE, "Angemeldet als " + WebTest.USER);
        assertThat(analyst.get("/hochladen").body()).doesNotContain("zu-gross");
        assertThat(inboxFiles(fixtures)).isEmpty();
    }

    static List<String> inboxFiles(WebFixtures fixtures) throws IOException {
        try (Stream<Path> files = Files.list(fixtures.options().input())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
