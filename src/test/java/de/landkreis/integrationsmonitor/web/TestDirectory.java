package de.landkreis.integrationsmonitor.web;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.File;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real LDAP server in the test JVM (UnboundID's in-memory directory server) holding {@code web/directory.ldif}, a
 * small Active Directory: one per test class. Schema checking is off, so the LDIF may use AD's own object classes
 * and attributes; it records every bind it receives.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "DC=lra,DC=test";
    static final String PASSWORD = "Windows-Kennwort-1";
    static final String BIND_DN = "CN=svc-integrationsmonitor,OU=Dienstkonten,DC=lra,DC=test";
    static final String BIND_PASSWORD = "Dienst-Kennwort-1";
    static final String ANALYST_GROUP = "CN=GG-Integrationsmonitor-Sachbearbeitung,OU=Gruppen,DC=lra,DC=test";
    static final String ADMIN_GROUP = "CN=GG-Integrationsmonitor-Verwaltung,OU=Gruppen,DC=lra,DC=test";

    private final InMemoryDirectoryServer server;
    /** The DN of every simple bind, in order. */
    final List<String> binds = new CopyOnWriteArrayList<>();

    private TestDirectory(InMemoryListenerConfig... listeners) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.setListenerConfigs(listeners);
            config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
                @Override
                public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                    binds.add(request.getRequest().getBindDN());
                }
            });
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new File(TestDirectory.class.getResource("/web/directory.ldif").toURI()));
            server.startListening();
        } catch (LDAPException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain LDAP on a free port of localhost. */
    static TestDirectory start() {
        try {
            return new TestDirectory(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    0, null));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** With these listeners (e.g. LDAPS, StartTLS). */
    static TestDirectory start(InMemoryListenerConfig... listeners) {
        return new TestDirectory(listeners);
    }

    /** The settings of a directory login to this directory with the application's default filters. */
    static LdapProperties settings(List<String> urls, String analystGroup, String adminGroup, boolean startTls) {
        return new LdapProperties(true, urls, BASE, "OU=Mitarbeitende", "(&(objectClass=user)(sAMAccountName={0}))",
                "OU=Gruppen", "(&(objectClass=group)(member={0}))", analystGroup, adminGroup, BIND_DN, BIND_PASSWORD,
                startTls, Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    /** {@code ldap://localhost:port} (or ldaps) of the named listener. */
    String url(String listener, String scheme) {
        return scheme + "://localhost:" + server.getListenPort(listener);
    }

    String url() {
        return url("ldap", "ldap");
    }

    /** The bind DNs of this account's logins (binds of the service account left out). */
    long bindsOf(String dn) {
        return binds.stream().filter(dn::equalsIgnoreCase).count();
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
