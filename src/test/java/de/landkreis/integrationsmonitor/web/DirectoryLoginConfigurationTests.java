package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A directory login that could never log anyone in stops the start and names the missing setting. */
class DirectoryLoginConfigurationTests {

    @Test
    void noAddressStopsTheStart() {
        assertThatThrownBy(() -> new DirectoryLoginConfiguration().directoryConnection(
                TestDirectory.settings(List.of(), TestDirectory.ANALYST_GROUP, "", false)))
                .hasMessage("integrationsmonitor.web.ldap.urls is empty");
    }

    @Test
    void noGroupStopsTheStart() {
        assertThatThrownBy(() -> new DirectoryLoginConfiguration().directoryConnection(
                TestDirectory.settings(List.of("ldaps://dc1.lra.test"), " ", "", false)))
                .hasMessage("integrationsmonitor.web.ldap: neither analyst-group nor admin-group set");
    }
}
