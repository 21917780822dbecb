package de.landkreis.integrationsmonitor.returns;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the inbox.
 *
 * @param relativePath the path relative to the inbox with {@code /} separators: the file's name everywhere
 * @param notRead      an Office lock file ({@code ~$…}) or a hidden file (rule D06)
 */
public record InboxFile(Path path, String relativePath, long size, Instant modifiedAt, boolean notRead) {

    public static InboxFile of(Path inbox, String relativePath, long size, Instant modifiedAt) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        boolean hidden = name.startsWith("~$") || name.startsWith(".") || relativePath.startsWith(".")
                || relativePath.contains("/.");
        return new InboxFile(inbox.resolve(relativePath), relativePath, size, modifiedAt, hidden);
    }
}
