package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.FileProgress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Shows which file of how many a command-line run is reading. */
@Component
class ConsoleProgress {

    private final ConsoleOutput console;

    ConsoleProgress(ConsoleOutput console) {
        this.console = console;
    }

    @EventListener
    void on(FileProgress progress) {
        console.line("cli.progress", progress.index(), progress.total(), progress.relativePath());
    }
}
