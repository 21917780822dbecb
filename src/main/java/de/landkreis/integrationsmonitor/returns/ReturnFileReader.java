package de.landkreis.integrationsmonitor.returns;

import java.nio.file.Path;

/**
 * Reads one received file of any kind; never throws for bad content, a failure is a {@link ReadResult.Failed}. A file
 * is read from disk once: {@link #load} takes its bytes and their checksum, {@link #read(ReceivedBytes.Read, String)}
 * parses those bytes.
 */
public interface ReturnFileReader {

    /** @param file the file in the inbox; opened read-only */
    ReceivedBytes load(Path file, String displayName);

    /** @param displayName the name findings use (the path relative to the inbox) */
    ReadResult read(ReceivedBytes.Read bytes, String displayName);

    /** Loads and reads a file in one go, where nothing needs its checksum in between. */
    default ReadResult read(Path file, String displayName) {
        ReceivedBytes loaded = load(file, displayName);
        return loaded instanceof ReceivedBytes.Read bytes
                ? read(bytes, displayName) : ((ReceivedBytes.Unreadable) loaded).failure();
    }
}
