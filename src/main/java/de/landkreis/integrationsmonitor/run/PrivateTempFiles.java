package de.landkreis.integrationsmonitor.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's streaming workbooks (the Prüfprotokoll) buffer their rows in temporary files, by default in
 * {@code <java.io.tmpdir>/poifiles}: one folder for every user of the machine, so that once root had created it, the
 * service user's runs failed writing the Prüfprotokoll (and the other way round). Each process therefore gets a
 * folder of its own (only its user may enter it), removed at exit.
 */
final class PrivateTempFiles {

    private PrivateTempFiles() {
    }

    static void forPoi() {
        try {
            Path folder = Files.createTempDirectory("integrationsmonitor-poi-");
            // Removed at exit once empty; POI deletes its files when a workbook is disposed.
            folder.toFile().deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        } catch (IOException | SecurityException e) {
            // The temporary folder is not writable: POI's default fails the same way and the log says why.
        }
    }
}
