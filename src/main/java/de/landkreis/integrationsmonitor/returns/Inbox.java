package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the inbox in order of receipt: modification time, equal times by path in plain string order
 * (RETURNS.md §1). Subfolders are read; nothing is ever moved or deleted.
 */
public final class Inbox {

    private Inbox() {
    }

    public static List<InboxFile> list(Path inbox) {
        List<InboxFile> files = new ArrayList<>();
        try {
            Path staging = inbox.resolve(InboxStorage.STAGING);
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    // Files being received are not there yet.
                    return dir.equals(staging) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(InboxFile.of(inbox, relative(inbox, file), attributes.size(),
                                attributes.lastModifiedTime().toInstant()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Listed all the same, so reading it fails with a finding instead of the file vanishing.
                    files.add(InboxFile.of(inbox, relative(inbox, file), 0, Instant.EPOCH));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(InboxFile::modifiedAt).thenComparing(InboxFile::relativePath));
        return files;
    }

    /** A file's path in the inbox as runs record it: relative, with {@code /} on every system. */
    public static String relative(Path inbox, Path file) {
        return inbox.relativize(file).toString().replace('\\', '/');
    }
}
