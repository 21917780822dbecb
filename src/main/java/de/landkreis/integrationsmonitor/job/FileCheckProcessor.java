package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.CheckedFile;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.ReceivedFileCheck;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Reads and checks one registered file; tells listeners which file of how many is being read. One instance per step
 * execution (step scope); the step keeps what it processed when a chunk is written again after a skip
 * ({@code processorNonTransactional}), so each file is processed, and counted, once.
 */
class FileCheckProcessor implements ItemProcessor<ReceivedFile, ImportedFile> {

    private final ReceivedFileCheck check;
    private final ApplicationEventPublisher events;
    private final Path inbox;
    private final long runId;
    private final int total;
    /**
     * The content this step imported, by checksum: a file's rows are stored only with its chunk, and a copy of it
     * later in the same chunk must still be recognised as one (D04).
     */
    private final Map<String, String> importedThisRun = new HashMap<>();
    private int processed;

    /**
     * @param total every file the run registered or took over; all of them are still to be read when the step
     *              starts, since each run is a new job instance and taken-over files are reset
     */
    FileCheckProcessor(ReceivedFileCheck check, ApplicationEventPublisher events, Path inbox, long runId, int total) {
        this.check = check;
        this.events = events;
        this.inbox = inbox;
        this.runId = runId;
        this.total = total;
    }

    @Override
    public ImportedFile process(ReceivedFile file) {
        events.publishEvent(new FileProgress(runId, ++processed, total, file.relativePath()));
        InboxFile inboxFile = InboxFile.of(inbox, file.relativePath(), file.size(), file.modifiedAt());
        CheckedFile checked = check.check(inboxFile, file.receiptNo(), importedThisRun);
        if (checked.outcome() == FileOutcome.ACCEPTED || checked.outcome() == FileOutcome.PARTLY_ACCEPTED) {
            importedThisRun.putIfAbsent(checked.sha256(), file.relativePath());
        }
        return new ImportedFile(file, checked);
    }
}
