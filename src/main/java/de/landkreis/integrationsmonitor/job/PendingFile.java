package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.CheckedFile;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The item the import step reads: a registered file and its reading, which may still be under way. */
record PendingFile(ReceivedFile file, Future<CheckedFile> reading) {

    /** Waits for the reading; what it threw is thrown here, where the step's safety net catches it. */
    CheckedFile awaitReading() {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Einlesen unterbrochen: " + file.relativePath(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
