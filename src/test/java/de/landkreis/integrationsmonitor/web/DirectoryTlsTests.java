package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The directory connection as {@link DirectoryLoginConfiguration} builds it, over TLS: {@code ldaps://} and StartTLS
 * against a directory with a self-signed certificate made for the test, trusted as the JVM's trust store would
 * trust the office's CA. No application context: the connection settings are what is tested.
 */
class DirectoryTlsTests {

    private static final String KEYSTORE_PASSWORD = "Test-Keystore-1";

    @TempDir
    static Path folder;
    static TestDirectory directory;
    static SSLContext previousDefault;

    @BeforeAll
    static void startADirectoryWithTls() throws Exception {
        Path keystore = folder.resolve("directory.p12");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultCode made = ManageCertificates.main(InputStream.nullInputStream(), out, out,
                "generate-self-signed-certificate", "--keystore", keystore.toString(),
                "--keystore-password", KEYSTORE_PASSWORD, "--keystore-type", "PKCS12", "--alias", "server",
                "--subject-dn", "CN=localhost", "--subject-alternative-name-dns", "localhost",
                "--key-algorithm", "RSA", "--key-size-bits", "2048", "--days-valid", "2");
        assertThat(made).as(out.toString()).isEqualTo(ResultCode.SUCCESS);
        SSLUtil server = new SSLUtil(new KeyStoreKeyManager(keystore.toFile(), KEYSTORE_PASSWORD.toCharArray(),
                "PKCS12", "server"), new TrustAllTrustManager());
        InetAddress local = InetAddress.getLoopbackAddress();
        directory = TestDirectory.start(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", local, 0, server.createSSLServerSocketFactory(),
                        server.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPConfig("ldap", local, 0, server.createSSLSocketFactory()));

        // The JVM trusts the directory's certificate, as a server trusts the office's CA once it is imported.
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        KeyStore issued = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            issued.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        trusted.setCertificateEntry("directory", issued.getCertificate("server"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        previousDefault = SSLContext.getDefault();
        SSLContext.setDefault(context);
    }

    @AfterAll
    static void stop() {
        SSLContext.setDefault(previousDefault);
        directory.close();
    }

    @BeforeEach
    void forgetRequests() {
        directory.binds.clear();
    }

    @Test
    void ldapsLogsInOverTls() {
        Authentication analyst = login(directory.url("ldaps", "ldaps"), false);

        assertThat(analyst.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ANALYST");
        assertThat(directory.binds).contains("CN=Sabine Berger,OU=Mitarbeitende,DC=lra,DC=test");
    }

    @Test
    void startTlsLogsInOverTls() {
        Authentication analyst = login(directory.url(), true);

        assertThat(analyst.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ANALYST");
    }

    @Test
    void startTlsChecksTheCertificateBeforeAnyBindAndWithoutTheSwitchNothingIsChecked() {
        // The certificate names localhost, not 127.0.0.1: with StartTLS the connection is refused before the
        // service account's bind; without it the same address logs in in plain text.
        String byAddress = directory.url().replace("localhost", "127.0.0.1");

        assertThatThrownBy(() -> login(byAddress, true)).isInstanceOf(DirectoryLogin.Unavailable.class);
        assertThat(directory.binds).isEmpty();
        assertThat(login(byAddress, false).isAuthenticated()).isTrue();
        assertThat(directory.binds).isNotEmpty();
    }

    @Test
    void ldapsRefusesACertificateForAnotherNameAsAnUnavailableDirectory() {
        // The certificate names localhost, not 127.0.0.1: the connection is refused, nothing is sent.
        String byAddress = directory.url("ldaps", "ldaps").replace("localhost", "127.0.0.1");

        assertThatThrownBy(() -> login(byAddress, false)).isInstanceOf(DirectoryLogin.Unavailable.class);
        assertThat(directory.binds).isEmpty();
    }

    private static Authentication login(String url, boolean startTls) {
        LdapProperties settings = TestDirectory.settings(List.of(url), TestDirectory.ANALYST_GROUP,
                TestDirectory.ADMIN_GROUP, startTls);
        DirectoryLoginConfiguration configuration = new DirectoryLoginConfiguration();
        DirectoryLogin login = configuration.directoryLogin(configuration.directoryConnection(settings), settings);
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("berger", TestDirectory.PASSWORD));
    }
}
