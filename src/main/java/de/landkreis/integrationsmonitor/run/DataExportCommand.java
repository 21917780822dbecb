package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.store.DatabaseTransfer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --export DATEI}: writes all data to a new portable file (see {@link DatabaseTransfer}). */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "EXPORT")
class DataExportCommand extends DataTransferCommand implements ApplicationRunner {

    DataExportCommand(RunOptions options, DatabaseTransfer transfer, RunLock lock, ConsoleOutput console) {
        super(options, transfer, lock, console);
    }

    @Override
    public void run(ApplicationArguments args) {
        transfer(transfer::exportTo, "cli.transfer.exported");
    }
}
