package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checks every way into the inbox (upload, mailbox) makes on a received file before it is stored: within the size
 * limit, not empty, a table by content, and not the same bytes as a file already in the inbox.
 */
@Component
public class InboxIntake {

    private static final Logger log = LoggerFactory.getLogger(InboxIntake.class);

    /** What the checks found. */
    public enum Verdict {
        ACCEPTED, TOO_LARGE, EMPTY, NOT_A_TABLE, KNOWN
    }

    /**
     * @param detail for {@link Verdict#NOT_A_TABLE} what the file is instead (German), for {@link Verdict#KNOWN} the
     *               inbox path of the file with the same bytes, null otherwise
     * @param sha256 the checksum of an accepted file, to add to the known ones once it is stored
     */
    public record Check(Verdict verdict, String detail, String sha256) {
    }

    private final DetectingReturnFileReader reader;
    private final ReadChecksums read;
    private final MessageSource messages;

    InboxIntake(DetectingReturnFileReader reader, ReadChecksums read, MessageSource messages) {
        this.reader = reader;
        this.read = read;
        this.messages = messages;
    }

    /**
     * The inbox's files by the checksum of their content, for {@link #check}; the first of equal ones. An inbox not
     * made yet has none. A file that cannot be read now (locked by Excel on the share, not readable for the service,
     * gone since it was listed) is passed over: it must not stop every return arriving after it. Only the files no
     * import has read unchanged are read here; the others' checksums are the imports'.
     */
    public Map<String, String> known(Path inbox) {
        Map<String, String> known = new HashMap<>();
        if (!Files.isDirectory(inbox)) {
            return known;
        }
        List<InboxFile> files = Inbox.list(inbox);
        Map<String, String> imported = read.of(files);
        for (InboxFile file : files) {
            if (file.notRead()) {
                continue;
            }
            try {
                String sha256 = imported.get(file.relativePath());
                known.putIfAbsent(sha256 != null ? sha256 : Checksum.sha256(file.path()), file.relativePath());
            } catch (IOException | UncheckedIOException e) {
                log.warn("Datei „{}“ im Posteingang nicht lesbar, beim Vergleich übergangen: {}", file.relativePath(),
                        e.getMessage());
            }
        }
        return known;
    }

    /**
     * @param received the file as received, outside the inbox
     * @param size     its size in bytes; more than {@code maxSize} refuses it without reading it
     * @param name     the name the sender gave, for the type check
     * @param known    the inbox's files by checksum ({@link #known})
     */
    public Check check(Path received, long size, long maxSize, String name, Map<String, String> known)
            throws IOException {
        if (size > maxSize) {
            return new Check(Verdict.TOO_LARGE, null, null);
        }
        if (size == 0) {
            return new Check(Verdict.EMPTY, null, null);
        }
        DetectingReturnFileReader.TypeCheck type = reader.checkType(received, name);
        if (type.refusal().isPresent()) {
            return new Check(Verdict.NOT_A_TABLE,
                    messages.getMessage(type.refusal().get().detail(), Locale.GERMANY), null);
        }
        // Read once for the type check; only a file too large for it is read again here.
        String sha256 = type.sha256() != null ? type.sha256() : Checksum.sha256(received);
        String same = known.get(sha256);
        return same != null ? new Check(Verdict.KNOWN, same, sha256) : new Check(Verdict.ACCEPTED, null, sha256);
    }
}
