package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Hochladen through the real Tomcat with {@code integrationsmonitor.web.max-files-per-upload} scaled down to 3:
 * three files are stored, four bring the analyst back to the page with the German limit and store nothing (before,
 * Tomcat's own part count ended in „Status 500“).
 */
@WebTest
@TestPropertySource(properties = {
        "integrationsmonitor.web.max-files-per-upload=3",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-part-count;DB_CLOSE_DELAY=-1"})
class UploadPartCountHttpTests {

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
    void asManyFilesAsAllowedAreStored() throws Exception {
        assertThat(analyst.upload(returns(3))).isEqualTo(UploadLimitHttpTests.BACK_TO_THE_PAGE);

        assertThat(analyst.get("/hochladen").body()).doesNotContain("zu-viele")
                .contains("und 3 Dateien je Hochladen", "wurde als");
        assertThat(UploadLimitHttpTests.inboxFiles(fixtures)).hasSize(3);
    }

    @Test
    void oneFileMoreIsRefusedWithTheGermanLimitAndNothingIsStored() throws Exception {
        assertThat(analyst.upload(returns(4))).isEqualTo(UploadLimitHttpTests.BACK_TO_THE_PAGE);

        HttpResponse<String> page = analyst.get("/hochladen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<p id=\"zu-viele\" class=\"problem\" role=\"alert\">Höchstens 3 Dateien je "
                + "Hochladen.", "Angemeldet als " + WebTest.USER).doesNotContain("zu-gross", "Status 500");
        assertThat(UploadLimitHttpTests.inboxFiles(fixtures)).isEmpty();
    }

    private static Map<String, byte[]> returns(int count) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] csv = WebFixtures.bytes(WebFixtures.STRUCTURES);
        for (int i = 1; i <= count; i++) {
            // Different bytes: the inbox keeps one copy of equal content.
            byte[] own = new String(csv, StandardCharsets.UTF_8).replace("Kißlegg", "Kißlegg " + i)
                    .getBytes(StandardCharsets.UTF_8);
            files.put("Rueckmeldung_" + i + ".csv", own);
        }
        return files;
    }
}
