package de.landkreis.integrationsmonitor.letters;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real SMTP server in the test JVM (GreenMail) on a port free when the tests start, so tests running beside others
 * on the machine do not collide on GreenMail's fixed default port.
 */
public final class SmtpTestServer {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = freePort();

    private SmtpTestServer() {
    }

    /**
     * The setting that allows this server: GreenMail's SMTP offers no STARTTLS, so the tests send as to the office
     * relay without TLS that docs/BETRIEB.md describes; as shipped, the program refuses such a server.
     */
    public static final String PLAIN_RELAY = "spring.mail.properties[mail.smtp.starttls.required]";

    /** Started before and stopped after each test; register with {@code @RegisterExtension}. */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
