package de.landkreis.integrationsmonitor.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/** Test inboxes with explicit file times, since receipt order follows them (RETURNS.md §1). */
final class Inbox {

    private Inbox() {
    }

    static void copyTree(Path from, Path to, Instant time) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(Path file, Path target, Instant time) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            Files.setLastModifiedTime(target, FileTime.from(time));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path target, String content, Instant time) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
            Files.setLastModifiedTime(target, FileTime.from(time));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touch(Path file, Instant time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
