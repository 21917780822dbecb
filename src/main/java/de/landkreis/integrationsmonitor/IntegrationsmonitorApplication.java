package de.landkreis.integrationsmonitor;

import de.landkreis.integrationsmonitor.run.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntegrationsmonitorApplication {
    public static void main(String[] args) {
        System.exit(Launcher.launch(IntegrationsmonitorApplication.class, args));
    }
}
