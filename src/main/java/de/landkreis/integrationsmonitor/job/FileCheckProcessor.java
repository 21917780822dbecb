package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.ReceivedFileCheck;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Finishes checking one registered file once it is read: content an earlier file brought is a duplicate (D04).
 * Tells listeners which file of how many is being imported. Stateless: the step execution counts the files.
 */
class FileCheckProcessor implements ItemProcessor<PendingFile, ImportedFile> {

    private final ReceivedFileCheck check;
    private final ApplicationEventPublisher events;
    private final long runId;
    private final int total;

    /**
     * @param total every file the run registered or took over; all of them are still to be read when the step
     *              starts, since each run is a new job instance and taken-over files are reset
     */
    FileCheckProcessor(ReceivedFileCheck check, ApplicationEventPublisher events, long runId, int total) {
        this.check = check;
        this.events = events;
        this.runId = runId;
        this.total = total;
    }

    @Override
    public ImportedFile process(PendingFile item) {
        ReceivedFile file = item.file();
        // The step's own count of the files of finished chunks, one file a chunk: no state here that a chunk processed
        // again after a skip could advance twice.
        long index = StepSynchronizationManager.getContext().getStepExecution().getReadCount() + 1;
        events.publishEvent(new FileProgress(runId, (int) index, total, file.relativePath()));
        return new ImportedFile(file, check.againstHistory(item.awaitReading(), file.relativePath(), file.receiptNo()));
    }
}
