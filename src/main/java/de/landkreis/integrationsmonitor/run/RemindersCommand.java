package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.letters.ReminderLetters;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --erinnerungen YYYY}: writes a reminder draft to every municipality whose return for the year is not
 * complete, under the run lock, and sends the due letters when sending is switched on. Imports nothing.
 */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "REMINDERS")
class RemindersCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RunOptions options;
    private final GuardedRuns runs;
    private final ConsoleOutput console;
    private ExitCode exitCode = ExitCode.FAILED;

    RemindersCommand(RunOptions options, GuardedRuns runs, ConsoleOutput console) {
        this.options = options;
        this.runs = runs;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Optional<ReminderLetters.Written> written = runs.writeReminders(options.reports(), options.year(), null);
        if (written.isEmpty()) {
            console.line("cli.alreadyRunning");
            exitCode = ExitCode.ALREADY_RUNNING;
            return;
        }
        ReminderLetters.Written w = written.get();
        if (w.drafts().isEmpty()) {
            console.line("cli.reminders.none", String.valueOf(w.year()));
        } else {
            console.line("cli.reminders.written", w.drafts().size(), String.valueOf(w.year()), w.folder());
        }
        w.dispatch().lines().forEach(line -> console.line(line.messageKey(), line.arguments().toArray()));
        exitCode = ExitCode.COMPLETED;
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }
}
