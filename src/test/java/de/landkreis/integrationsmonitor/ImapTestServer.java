package de.landkreis.integrationsmonitor;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The office mailbox of the tests: GreenMail's IMAPS server in the test JVM, on a free port, with a certificate for
 * localhost made for the test, which the JVM trusts while a mailbox test runs (as a server trusts the office's CA):
 * the application connects as in production, TLS with certificate and host name checked. One server for the whole
 * test JVM; {@link #reset()} empties it between tests.
 */
public final class ImapTestServer {

    public static final String LOGIN = "integrationsmonitor@lra.example.org";
    public static final String PASSWORD = "Postfach-Kennwort-1";
    public static final String PROCESSED = "Integrationsmonitor-verarbeitet";
    private static final String KEYSTORE_PASSWORD = "Test-Keystore-1";

    private static GreenMail server;
    private static SSLContext trusting;
    private static Path trustStore;
    private static SSLContext previousDefault;

    private ImapTestServer() {
    }

    /** The settings that switch the application's mailbox on and point it here. */
    public static void properties(DynamicPropertyRegistry registry) {
        start();
        registry.add("integrationsmonitor.mail.imap.enabled", () -> "true");
        registry.add("integrationsmonitor.mail.imap.host", () -> "localhost");
        registry.add("integrationsmonitor.mail.imap.port", () -> server.getImaps().getPort());
        registry.add("integrationsmonitor.mail.imap.username", () -> LOGIN);
        registry.add("integrationsmonitor.mail.imap.password", () -> PASSWORD);
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            try {
                Path keystore = Files.createTempDirectory("imap-test").resolve("imap.p12");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultCode made = ManageCertificates.main(InputStream.nullInputStream(), out, out,
                        "generate-self-signed-certificate", "--keystore", keystore.toString(),
                        "--keystore-password", KEYSTORE_PASSWORD, "--keystore-type", "PKCS12", "--alias", "imap",
                        "--subject-dn", "CN=localhost", "--subject-alternative-name-dns", "localhost",
                        "--key-algorithm", "RSA", "--key-size-bits", "2048", "--days-valid", "2");
                if (made != ResultCode.SUCCESS) {
                    throw new IllegalStateException(out.toString(StandardCharsets.UTF_8));
                }
                // GreenMail's TLS servers read their key from here (once per JVM).
                System.setProperty("greenmail.tls.keystore.file", keystore.toString());
                System.setProperty("greenmail.tls.keystore.password", KEYSTORE_PASSWORD);
                System.setProperty("greenmail.tls.key.password", KEYSTORE_PASSWORD);
                trusting = trusting(keystore);
                if (!((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore()
                        .containsAlias("imap")) {
                    throw new IllegalStateException("GreenMail's TLS servers were set up earlier in this JVM with "
                            + "GreenMail's own certificate, which is not for localhost: start ImapTestServer first");
                }
                ServerSetup imaps = ServerSetupTest.IMAPS.dynamicPort();
                server = new GreenMail(imaps);
                server.start();
                server.setUser(LOGIN, LOGIN, PASSWORD);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /**
     * For a test class that talks to the mailbox: the JVM trusts the server while the class runs, and the mailbox is
     * emptied before each test. Register with {@code @RegisterExtension static}.
     */
    public static Extension extension() {
        return new MailboxTests();
    }

    private static final class MailboxTests implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            trust();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            distrust();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            reset();
        }
    }

    /** The JVM trusts the test server's certificate; undo with {@link #distrust()}. */
    public static synchronized void trust() {
        start();
        try {
            previousDefault = SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        SSLContext.setDefault(trusting);
    }

    /** The JVM options that make another process trust the test server, as its trust store the office's CA. */
    public static synchronized List<String> trustStoreOptions() {
        start();
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore,
                "-Djavax.net.ssl.trustStorePassword=" + KEYSTORE_PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    public static synchronized void distrust() {
        SSLContext.setDefault(previousDefault);
    }

    private static SSLContext trusting(Path keystore) throws IOException, GeneralSecurityException {
        KeyStore issued = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            issued.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("imap", issued.getCertificate("imap"));
        trustStore = keystore.resolveSibling("trusted.p12");
        try (var out = Files.newOutputStream(trustStore)) {
            trusted.store(out, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** The mailbox's password is changed on the server: the application's login is refused until {@link #reset()}. */
    public static void refuseLogins() {
        start().getUserManager().getUser(LOGIN).setPassword("anderes-Kennwort");
    }

    /** Empties the mailbox and removes the processed folder, so each test starts as on the first day. */
    public static void reset() {
        start().getUserManager().getUser(LOGIN).setPassword(PASSWORD);
        try (Store store = connect()) {
            start().purgeEmailFromAllMailboxes();
            Folder processed = store.getFolder(PROCESSED);
            if (processed.exists()) {
                processed.delete(true);
            }
        } catch (MessagingException | com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a message into the mailbox's INBOX, as the mail server does on delivery. */
    public static void deliver(MimeMessage message) {
        start().getUserManager().getUser(LOGIN).deliver(message);
    }

    /** Delivers the bytes of a message exactly as given, malformed or not. */
    public static void deliverRaw(String message) {
        try {
            deliver(new MimeMessage(session(), new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message from {@code from} with the given attachments (name, bytes, name, bytes …) and a short text. */
    public static MimeMessage message(String from, String subject, Object... attachments) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, LOGIN);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date(IntegrationTest.NOW.toInstant().toEpochMilli()));
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Anbei unsere Rückmeldung.", "UTF-8");
            multipart.addBodyPart(text);
            for (int i = 0; i < attachments.length; i += 2) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new jakarta.activation.DataHandler(
                        new ByteArrayDataSource((byte[]) attachments[i + 1], "application/octet-stream")));
                part.setFileName((String) attachments[i]);
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subjects of the messages in a folder of the mailbox, as a mail program would see them. */
    public static List<String> subjects(String folderName) {
        try (Store store = connect()) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                subjects.add(m.getSubject());
            }
            folder.close(false);
            return subjects;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean folderExists(String folderName) {
        try (Store store = connect()) {
            return store.getFolder(folderName).exists();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Store connect() throws MessagingException {
        // The test's own look into the mailbox, over GreenMail's certificate check of its own.
        Properties properties = new Properties();
        properties.put("mail.imaps.ssl.trust", "*");
        properties.put("mail.imaps.ssl.checkserveridentity", "false");
        Store store = Session.getInstance(properties).getStore("imaps");
        store.connect("localhost", start().getImaps().getPort(), LOGIN, PASSWORD);
        return store;
    }

    private static Session session() {
        return Session.getInstance(new Properties());
    }
}
