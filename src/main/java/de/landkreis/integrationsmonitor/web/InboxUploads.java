package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.returns.Inbox;
import de.landkreis.integrationsmonitor.returns.InboxIntake;
import de.landkreis.integrationsmonitor.returns.InboxStorage;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Puts uploaded returns into the inbox: within the size limit, a table by content, under a safe name no other
 * file has, and never a second time when the same bytes are already there. The run reads them like any other
 * file of the inbox.
 */
@Component
@ServerMode
class InboxUploads {

    /** What became of one uploaded file. */
    enum Outcome {
        STORED, KNOWN, TOO_LARGE, EMPTY, NOT_A_TABLE
    }

    /**
     * @param storedAs the name in the inbox: where it was stored, or the file with the same bytes
     * @param detail   for {@link Outcome#NOT_A_TABLE} what the file is instead (German)
     */
    record Result(String uploadedName, Outcome outcome, String storedAs, String detail) {
    }

    private final RunOptions options;
    private final InboxIntake intake;
    private final long maxFileSize;

    InboxUploads(RunOptions options, InboxIntake intake, MultipartProperties multipart) {
        this.options = options;
        this.intake = intake;
        this.maxFileSize = multipart.getMaxFileSize().toBytes();
    }

    /** Stores the files in the given order; each file's result is independent of the others. */
    synchronized List<Result> store(List<MultipartFile> files) {
        Path inbox = options.input();
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> known = intake.known(inbox);
        return files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null
                        && !f.getOriginalFilename().isBlank())
                .map(f -> storeOne(f, inbox, known)).toList();
    }

    private Result storeOne(MultipartFile upload, Path inbox, Map<String, String> known) {
        String uploadedName = originalName(upload);
        if (upload.getSize() > maxFileSize) {
            return new Result(uploadedName, Outcome.TOO_LARGE, null, null);
        }
        Path temp = null;
        try {
            // Outside the inbox, so a run working meanwhile never sees a half-written file.
            Path staging = Files.createDirectories(options.data().resolve("hochladen"));
            temp = Files.createTempFile(staging, "upload-", ".part");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            InboxIntake.Check check = intake.check(temp, upload.getSize(), maxFileSize, uploadedName, known);
            switch (check.verdict()) {
                case TOO_LARGE -> {
                    return new Result(uploadedName, Outcome.TOO_LARGE, null, null);
                }
                case EMPTY -> {
                    return new Result(uploadedName, Outcome.EMPTY, null, null);
                }
                case NOT_A_TABLE -> {
                    return new Result(uploadedName, Outcome.NOT_A_TABLE, null, check.detail());
                }
                case KNOWN -> {
                    return new Result(uploadedName, Outcome.KNOWN, check.detail(), null);
                }
                case ACCEPTED -> {
                }
            }
            Path stored = InboxStorage.moveUnique(temp, inbox, InboxStorage.safeName(uploadedName));
            temp = null;
            String relative = Inbox.relative(inbox, stored);
            known.put(check.sha256(), relative);
            return new Result(uploadedName, Outcome.STORED, relative, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover in the staging folder harms nothing
                }
            }
        }
    }

    private static String originalName(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        return name == null ? "" : name;
    }
}
