package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --history}: the last runs in German, newest first. Imports nothing. */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "HISTORY")
class HistoryCommand implements ApplicationRunner {

    private static final int SHOWN = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Berlin"));

    private final RunHistory history;
    private final ConsoleOutput console;

    HistoryCommand(RunHistory history, ConsoleOutput console) {
        this.history = history;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<RunRecord> runs = history.latest(SHOWN);
        if (runs.isEmpty()) {
            console.line("cli.history.none");
            return;
        }
        console.line("cli.history.header");
        for (RunRecord run : runs) {
            console.line("cli.history.line", run.id(), TIME.format(run.started()),
                    run.finished() == null ? "–" : TIME.format(run.finished()), console.text("run.status." + run.status()),
                    run.filesRead(), run.accepted(), run.partlyAccepted(), run.rejected(), run.filesKnown(),
                    run.errors(), run.warnings(), run.notices());
        }
    }
}
