package de.landkreis.integrationsmonitor.run;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out, in a run from the command line, the auto-configurations only the server needs: the web pages, their
 * security and templates, the health endpoint and metrics, JSON, bean validation of forms, the task executor and
 * scheduler of the live display and the schedule. Without a web server Boot would still evaluate and build all of
 * them at every start. Filtered by package before any condition is evaluated, so a new auto-configuration of these
 * features stays out too. Only where {@code integrationsmonitor.mode} names a command (the launcher sets it); a
 * context without it, as in most tests, keeps everything.
 */
public final class ServerOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final List<String> SERVER_ONLY_PACKAGES = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.autoconfigure.security.",
            "org.springframework.boot.autoconfigure.thymeleaf.",
            "org.springframework.boot.autoconfigure.web.",
            "org.springframework.boot.autoconfigure.http.",
            "org.springframework.boot.autoconfigure.jackson.",
            "org.springframework.boot.autoconfigure.gson.",
            "org.springframework.boot.autoconfigure.validation.",
            "org.springframework.boot.autoconfigure.task.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean command = isCommand(environment.getProperty(Launcher.MODE_PROPERTY));
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = !command || autoConfigurationClasses[i] == null || !serverOnly(autoConfigurationClasses[i]);
        }
        return matches;
    }

    private static boolean isCommand(String mode) {
        return mode != null && !mode.equals(RunOptions.Mode.SERVE.name());
    }

    private static boolean serverOnly(String autoConfiguration) {
        return SERVER_ONLY_PACKAGES.stream().anyMatch(autoConfiguration::startsWith);
    }
}
