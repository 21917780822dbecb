package de.landkreis.integrationsmonitor.run;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** {@code --serve}: tells the person who started the server where its pages are and where the log is. */
@Component
@ServerMode
class ServeCommand {

    private final ConsoleOutput console;
    private final Environment environment;
    private final RunOptions options;

    ServeCommand(ConsoleOutput console, Environment environment, RunOptions options) {
        this.console = console;
        this.environment = environment;
        this.options = options;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        console.line("cli.serve.started", environment.getProperty("server.address", "localhost"),
                String.valueOf(event.getWebServer().getPort()), Launcher.logFile(options),
                environment.getProperty("integrationsmonitor.schedule.cron", "-"));
    }
}
