package de.landkreis.integrationsmonitor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Test inboxes with explicit file times, since receipt order follows them (RETURNS.md §1). */
public final class InboxFolder {

    private InboxFolder() {
    }

    /** Copies a folder and gives every file the same time, as a fresh git clone does. */
    public static void copy(Path from, Path to, Instant time) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                Files.setLastModifiedTime(target, FileTime.from(time));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path inbox, String relativePath, byte[] content, Instant time) {
        try {
            Path file = inbox.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(time));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path csv) {
        try {
            return Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
