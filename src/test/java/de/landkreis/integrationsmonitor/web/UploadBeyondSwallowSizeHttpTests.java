package de.landkreis.integrationsmonitor.web;

import static de.landkreis.integrationsmonitor.web.UploadLimitHttpTests.MB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An upload larger than {@code server.tomcat.max-swallow-size} (here Tomcat's default 2 MB, in {@code application.yml}
 * 200 MB): Tomcat answers, reads no further and closes the connection, so the browser, still sending, shows a reset
 * connection instead of the answer. Nothing is stored, server and session live on, and the Hochladen page shows the
 * message when opened again.
 */
@WebTest
@TestPropertySource(properties = {
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=5MB",
        "server.tomcat.max-swallow-size=2MB",
        "spring.datasource.url=jdbc:h2:mem:integrationsmonitor-web-upload-swallow;DB_CLOSE_DELAY=-1"})
class UploadBeyondSwallowSizeHttpTests {

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
    void theConnectionBreaksButNothingIsStoredAndTheServerAndSessionLiveOn() throws Exception {
        // Far more than the socket buffers of client and server can hold, so sending is still under way.
        assertThatThrownBy(() -> analyst.upload("Scan.pdf", new byte[64 * MB])).isInstanceOf(IOException.class);

        UploadLimitHttpTests.assertTooLargeShownOnceStillLoggedInNothingStored(analyst, fixtures);
        assertThat(analyst.upload(WebFixtures.STRUCTURES, WebFixtures.bytes(WebFixtures.STRUCTURES)))
                .isEqualTo(UploadLimitHttpTests.BACK_TO_THE_PAGE);
        assertThat(UploadLimitHttpTests.inboxFiles(fixtures)).containsExactly(WebFixtures.STRUCTURES);
    }
}
