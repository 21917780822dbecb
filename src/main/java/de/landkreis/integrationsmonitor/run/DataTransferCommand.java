package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.store.DatabaseTransfer;
import de.landkreis.integrationsmonitor.store.DatabaseTransfer.TableRows;
import de.landkreis.integrationsmonitor.store.TransferException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@code --export DATEI} writes all data to a new portable file, {@code --import DATEI} reads one into an empty
 * database keeping every id (see {@link DatabaseTransfer}). Holds the run lock while it works, so no run changes the
 * data meanwhile; imports no returns.
 */
@Component
@ConditionalOnExpression("'${" + Launcher.MODE_PROPERTY + ":}' matches 'EXPORT|IMPORT'")
class DataTransferCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataTransferCommand.class);

    private final RunOptions options;
    private final DatabaseTransfer transfer;
    private final RunLock lock;
    private final ConsoleOutput console;
    private ExitCode exitCode = ExitCode.FAILED;

    DataTransferCommand(RunOptions options, DatabaseTransfer transfer, RunLock lock, ConsoleOutput console) {
        this.options = options;
        this.transfer = transfer;
        this.lock = lock;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (options.mode() == RunOptions.Mode.EXPORT) {
            transfer(transfer::exportTo, "cli.transfer.exported");
        } else {
            transfer(transfer::importFrom, "cli.transfer.imported");
        }
    }

    /** Runs the transfer under the lock and prints each table's rows and the total under {@code doneKey}. */
    private void transfer(Function<Path, List<TableRows>> work, String doneKey) {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            console.line("cli.alreadyRunning");
            exitCode = ExitCode.ALREADY_RUNNING;
            return;
        }
        try (RunLock.Held ignored = held.get()) {
            List<TableRows> tables = work.apply(options.file());
            for (TableRows table : tables) {
                console.line("cli.transfer.table", table.table(), table.rows());
            }
            console.line(doneKey, options.file(), tables.size(), tables.stream().mapToInt(TableRows::rows).sum());
            exitCode = ExitCode.COMPLETED;
        } catch (TransferException e) {
            log.warn("Übertragung abgelehnt: {}", e.messageKey());
            console.line(e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            log.error("Übertragung fehlgeschlagen", e);
            console.line("cli.transfer.failed", Launcher.logFile(options));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }
}
