package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.store.RunSummary;
import de.landkreis.integrationsmonitor.validation.Severity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command-line run: imports the inbox, writes log and reports, prints the summary, sets the exit code. Present
 * only in the command line's run mode (not in tests or other modes).
 */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "RUN")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RunOptions options;
    private final GuardedRuns runs;
    private final ConsoleOutput console;
    private ExitCode exitCode = ExitCode.FAILED;

    ImportCommand(RunOptions options, GuardedRuns runs, ConsoleOutput console) {
        this.options = options;
        this.runs = runs;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        console.line("cli.start", options.input());
        RunStart start = runs.run(options.input(), options.reports(), options.year());
        if (start instanceof RunStart.AlreadyRunning) {
            console.line("cli.alreadyRunning");
            exitCode = ExitCode.ALREADY_RUNNING;
            return;
        }
        ImportRunResult result = ((RunStart.Finished) start).result();
        if (!result.completed()) {
            console.line("cli.failed", Launcher.logFile(options));
            exitCode = ExitCode.FAILED;
            return;
        }
        RunSummary s = result.summary();
        console.line("cli.summary.files", s.filesRead(), s.accepted(), s.partlyAccepted(), s.rejected(),
                s.duplicates() + s.notRead(), s.filesKnown());
        console.line("cli.summary.findings", s.findings(Severity.FEHLER), s.findings(Severity.WARNUNG),
                s.findings(Severity.HINWEIS));
        console.line("cli.summary.log", result.logCsv(), result.logWorkbook());
        if (result.feedbackFolder() != null) {
            console.line("cli.summary.feedback", result.feedbackFolder());
        }
        if (result.lettersFolder() != null) {
            console.line("cli.summary.letters", result.lettersFolder());
        }
        if (result.report() != null) {
            console.line("cli.summary.report", result.report(), result.reminders());
        } else {
            console.line("cli.summary.noReport");
        }
        exitCode = ExitCode.COMPLETED;
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }
}
