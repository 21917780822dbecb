package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.time.Clock;
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

    private final RunHistory history;
    private final ConsoleOutput console;
    private final DateTimeFormatter time;

    /** @param clock in the district's time zone, in which the times are shown */
    HistoryCommand(RunHistory history, ConsoleOutput console, Clock clock) {
        this.history = history;
        this.console = console;
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(clock.getZone());
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
            console.line("cli.history.line", run.id(), time.format(run.started()),
                    run.finished() == null ? "–" : time.format(run.finished()), console.text("run.status." + run.status()),
                    run.filesRead(), run.accepted(), run.partlyAccepted(), run.rejected(), run.filesKnown(),
                    run.errors(), run.warnings(), run.notices());
        }
    }
}
