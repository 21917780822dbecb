package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.store.DatabaseTransfer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --import DATEI}: reads an export file into an empty database, keeping every id. */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "IMPORT")
class DataImportCommand extends DataTransferCommand implements ApplicationRunner {

    DataImportCommand(RunOptions options, DatabaseTransfer transfer, RunLock lock, ConsoleOutput console) {
        super(options, transfer, lock, console);
    }

    @Override
    public void run(ApplicationArguments args) {
        transfer(transfer::importFrom, "cli.transfer.imported");
    }
}
