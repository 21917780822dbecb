package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.returns.ReadDetail;
import de.landkreis.integrationsmonitor.returns.ReadFailure;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.store.ReturnStore;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.ReturnValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;

/**
 * The safety net behind the import step: a file whose checking or storing failed unexpectedly is recorded as
 * rejected with a D02 finding, so it is never lost and never stops the other files.
 */
class UnexpectedErrorListener implements SkipListener<PendingFile, ImportedFile> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorListener.class);

    private final ReturnStore store;
    private final ReturnValidator validator;
    private final long runId;

    UnexpectedErrorListener(ReturnStore store, ReturnValidator validator, long runId) {
        this.store = store;
        this.validator = validator;
        this.runId = runId;
    }

    @Override
    public void onSkipInProcess(PendingFile item, Throwable t) {
        record(item.file(), t);
    }

    @Override
    public void onSkipInWrite(ImportedFile item, Throwable t) {
        record(item.file(), t);
    }

    private void record(ReceivedFile file, Throwable t) {
        // The cause is for IT in the technical log; the finding people read names no Java class.
        log.error("Datei „{}“ abgelehnt (D02, {}): unerwarteter Fehler bei der Verarbeitung", file.relativePath(),
                ReadFailure.INTERNAL_ERROR, t);
        var failed = new ReadResult.Failed(ReadFailure.INTERNAL_ERROR,
                ReadDetail.of("read.detail.unexpectedProcessingError"));
        store.store(runId, file, null, null, FileOutcome.REJECTED, validator.validate(file.relativePath(), failed));
    }
}
