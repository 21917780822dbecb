package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.ReceivedFileCheck;
import java.nio.file.Path;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Reads and checks one registered file; tells listeners which file of how many is being read. Stateless: the step
 * execution counts the files.
 */
class FileCheckProcessor implements ItemProcessor<ReceivedFile, ImportedFile> {

    private final ReceivedFileCheck check;
    private final ApplicationEventPublisher events;
    private final Path inbox;
    private final long runId;
    private final int total;

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
        // The step's own count of the files of finished chunks, one file a chunk: no state here that a chunk processed
        // again after a skip could advance twice.
        long index = StepSynchronizationManager.getContext().getStepExecution().getReadCount() + 1;
        events.publishEvent(new FileProgress(runId, (int) index, total, file.relativePath()));
        InboxFile inboxFile = InboxFile.of(inbox, file.relativePath(), file.size(), file.modifiedAt());
        return new ImportedFile(file, check.check(inboxFile, file.receiptNo()));
    }
}
