package de.landkreis.integrationsmonitor;

import de.landkreis.integrationsmonitor.run.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.ldap.LdapAutoConfiguration;

// The directory login builds its own connection from integrationsmonitor.web.ldap; Boot's would connect to
// localhost:389 and report the health endpoint DOWN wherever no directory is configured.
@SpringBootApplication(exclude = LdapAutoConfiguration.class)
public class IntegrationsmonitorApplication {
    public static void main(String[] args) {
        System.exit(Launcher.launch(IntegrationsmonitorApplication.class, args));
    }
}
