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
import org.springframework.boot.ExitCodeGenerator;

/**
 * {@code --export} and {@code --import}: moving the data to another database. Holds the run lock while it works, so
 * no run changes the data meanwhile; imports no returns.
 */
abstract class DataTransferCommand implements ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataTransferCommand.class);

    final RunOptions options;
    final DatabaseTransfer transfer;
    private final RunLock lock;
    private final ConsoleOutput console;
    private ExitCode exitCode = ExitCode.FAILED;

    DataTransferCommand(RunOptions options, DatabaseTransfer transfer, RunLock lock, ConsoleOutput console) {
        this.options = options;
        this.transfer = transfer;
        this.lock = lock;
        this.console = console;
    }

    /** Runs the transfer under the lock and prints each table's rows and the total under {@code doneKey}. */
    void transfer(Function<Path, List<TableRows>> work, String doneKey) {
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
