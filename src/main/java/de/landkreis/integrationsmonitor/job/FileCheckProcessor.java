package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.ReceivedFileCheck;
import java.nio.file.Path;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.context.ApplicationEventPublisher;

/** Reads and checks one registered file; tells listeners which file of how many is being read. */
class FileCheckProcessor implements ItemProcessor<ReceivedFile, ImportedFile> {

    private final ReceivedFileCheck check;
    private final ApplicationEventPublisher events;
    private final Path inbox;
    private final long runId;
    private final int total;
    private int index;

    FileCheckProcessor(ReceivedFileCheck check, ApplicationEventPublisher events, Path inbox, long runId,
                       int total, int alreadyDone) {
        this.check = check;
        this.events = events;
        this.inbox = inbox;
        this.runId = runId;
        this.total = total;
        this.index = alreadyDone;
    }

    @Override
    public ImportedFile process(ReceivedFile file) {
        events.publishEvent(new FileProgress(runId, ++index, total, file.relativePath()));
        InboxFile inboxFile = InboxFile.of(inbox, file.relativePath(), file.size(), file.modifiedAt());
        return new ImportedFile(file, check.check(inboxFile, file.receiptNo()));
    }
}
