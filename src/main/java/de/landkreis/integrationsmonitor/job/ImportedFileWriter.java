package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ReturnStore;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Stores each checked file; with a commit interval of 1 every file has its own transaction. */
class ImportedFileWriter implements ItemWriter<ImportedFile> {

    private final ReturnStore store;
    private final long runId;

    ImportedFileWriter(ReturnStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ImportedFile> items) {
        for (ImportedFile item : items) {
            store.store(runId, item.file(), item.checked().sha256(), item.checked().format(),
                    item.checked().outcome(), item.checked().validated());
        }
    }
}
