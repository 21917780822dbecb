package de.landkreis.integrationsmonitor.returns;

import java.nio.file.Path;

/**
 * A received file's bytes, read once for its checksum (how it is recognised under another name, rule D04) and then
 * handed to the readers. Files too large for the import or empty are not read at all.
 */
public sealed interface ReceivedBytes {

    /**
     * @param file   where the bytes were read from: zip packages are opened from there (see {@link OpenedFile})
     * @param sha256 the checksum of {@code content}
     */
    record Read(Path file, byte[] content, String sha256) implements ReceivedBytes {
    }

    /** The file could not be read into memory: empty, too large, or not to be opened. */
    record Unreadable(ReadResult.Failed failure) implements ReceivedBytes {
    }
}
