package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a received file into the inbox the way every way in does (upload, mailbox): under a safe name that no other
 * file has, never replacing one, and complete at once, so a run working meanwhile never reads half of it.
 */
public final class InboxStorage {

    private static final Logger log = LoggerFactory.getLogger(InboxStorage.class);

    private static final int MAX_NAME_LENGTH = 120;
    /**
     * Where a file is written before it is put into the inbox: inside it, so the final move is a hard link on the same
     * file system (complete at once, never a copy), and skipped by {@link Inbox#list}, so a run never sees it.
     */
    static final String STAGING = ".zwischenablage";
    /** Older staged files were left by a process that ended while receiving them (stopped, power cut). */
    private static final Duration LEFT_BEHIND = Duration.ofDays(1);

    private InboxStorage() {
    }

    /**
     * The last segment of the name as the sender gave it, with letters, digits, umlauts and {@code ._-} kept and
     * everything else (path separators, control characters, spaces) replaced, without leading dots or the
     * {@code ~$} of Office lock files, which the run would not read (rule D06).
     */
    public static String safeName(String givenName) {
        String name = givenName.substring(Math.max(givenName.lastIndexOf('/'), givenName.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^A-Za-z0-9ÄÖÜäöüß._-]", "_")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[._~$-]+", "");
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() || name.startsWith(".") ? "Rueckmeldung" + name : name;
    }

    /**
     * Removes from the staging folder what a process that ended while receiving left there; a file still being
     * received is younger than a day and stays.
     */
    public static void removeLeftovers(Path inbox, Instant now) {
        Path staging = inbox.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            files.filter(file -> file.getFileName().toString().endsWith(".part"))
                    .filter(file -> modifiedBefore(file, now.minus(LEFT_BEHIND)))
                    .forEach(InboxStorage::deleteStaged);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Zwischenablage {} nicht aufgeräumt: {}", staging, e.getMessage());
        }
    }

    private static boolean modifiedBefore(Path file, Instant time) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(time);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new empty file in the inbox's staging folder, for a file being received. */
    public static Path stagingFile(Path inbox, String prefix) throws IOException {
        return Files.createTempFile(Files.createDirectories(inbox.resolve(STAGING)), prefix, ".part");
    }

    /**
     * Moves the file to the first free name {@code name}, {@code name_2.ext}, {@code name_3.ext} … in the folder and
     * never replaces a file: a hard link fails when the name is taken, and the complete file appears at once. Where
     * there are no hard links (FAT, some network shares), a rename without replacing does the same on one file
     * system; across file systems it copies (and removes a half-copied file).
     *
     * @return where it is now
     */
    public static Path moveUnique(Path temp, Path folder, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int attempt = 1; ; attempt++) {
            Path target = folder.resolve(attempt == 1 ? name : base + "_" + attempt + extension);
            try {
                try {
                    Files.createLink(target, temp);
                } catch (FileAlreadyExistsException taken) {
                    throw taken;
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.move(temp, target);
                    return target;
                }
                deleteStaged(temp);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // next name
            }
        }
    }

    /** The file is in the inbox already (or was never complete); a staged copy left behind only costs space. */
    private static void deleteStaged(Path temp) {
        try {
            Files.delete(temp);
        } catch (IOException e) {
            log.warn("Zwischendatei {} nicht gelöscht: {}", temp, e.getMessage());
        }
    }
}
