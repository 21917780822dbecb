package de.landkreis.integrationsmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Test inboxes with explicit file times, since receipt order follows them (RETURNS.md §1). */
public final class TestInbox {

    private TestInbox() {
    }

    /** Copies a folder and gives every file the same time, as a fresh git clone does. */
    public static void copyTree(Path from, Path to, Instant time) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path copy(Path file, Path target, Instant time) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            return touch(target, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path target, byte[] content, Instant time) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            return touch(target, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path target, String content, Instant time) {
        return write(target, content.getBytes(StandardCharsets.UTF_8), time);
    }

    public static Path touch(Path file, Instant time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
