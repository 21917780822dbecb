package de.landkreis.integrationsmonitor.returns;

import java.nio.file.Path;

/** Reads one received file of any kind; never throws for bad content, a failure is a {@link ReadResult.Failed}. */
public interface ReturnFileReader {

    /**
     * @param file        the file in the inbox; opened read-only
     * @param displayName the name findings use (the path relative to the inbox)
     */
    ReadResult read(Path file, String displayName);
}
