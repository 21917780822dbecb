package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.returns.DataSizeText;
import de.landkreis.integrationsmonitor.returns.ImportLimits;
import de.landkreis.integrationsmonitor.returns.Inbox;
import de.landkreis.integrationsmonitor.returns.InboxIntake;
import de.landkreis.integrationsmonitor.returns.InboxStorage;
import de.landkreis.integrationsmonitor.store.MailMessages.Attachment;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes a message's attachments into the inbox with the limits of an upload: the import's largest file, a number per
 * message, a table by content; {@code .zip} archives are listed, never unpacked. Everything is read out of the
 * message first, into the inbox's staging folder, so a message that cannot be read leaves no file behind and a run
 * never reads half of one.
 */
@Component
class AttachmentIntake {

    private static final Logger log = LoggerFactory.getLogger(AttachmentIntake.class);
    static final String FOLDER = "postfach";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final InboxIntake checks;
    private final long maxFileSize;
    private final int maxAttachments;
    private final MessageSource messages;
    private final Clock clock;

    AttachmentIntake(InboxIntake checks, ImportLimits limits, MailboxProperties properties, MessageSource messages,
                     Clock clock) {
        this.checks = checks;
        this.maxFileSize = limits.maxFileSize().toBytes();
        this.maxAttachments = properties.maxAttachmentsPerMessage();
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A message's attachments read out of it: each either waiting in a temporary file to be stored or refused.
     * Closing deletes what was not stored.
     */
    static final class Extracted implements AutoCloseable {

        record Received(String fileName, Path temp, String sha256, Attachment refused) {
        }

        private final List<Received> received = new ArrayList<>();

        @Override
        public void close() {
            for (Received r : received) {
                if (r.temp() != null) {
                    try {
                        Files.deleteIfExists(r.temp());
                    } catch (IOException ignored) {
                        // a leftover temporary file harms nothing
                    }
                }
            }
        }
    }

    /** The inbox's files by checksum, for {@link #extract}: {@link InboxIntake#known}. */
    Map<String, String> known(Path inbox) {
        return checks.known(inbox);
    }

    /**
     * @param known the inbox's files by checksum ({@link #known}): an attachment with the same bytes as one
     *              of them is listed, not stored again
     * @throws MessagingException or IOException when the message cannot be read: it is malformed
     */
    Extracted extract(Message message, Path inbox, Map<String, String> known) throws MessagingException, IOException {
        Extracted extracted = new Extracted();
        try {
            List<Part> parts = new ArrayList<>();
            collect(message, parts);
            for (Part part : parts) {
                extracted.received.add(receive(part, extracted.received.size() >= maxAttachments, inbox,
                        known));
            }
            return extracted;
        } catch (MessagingException | IOException | RuntimeException e) {
            extracted.close();
            throw e;
        }
    }

    private static void collect(Part part, List<Part> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), attachments);
            }
        } else if ((part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()))
                && !inlineImage(part)) {
            attachments.add(part);
        }
    }

    /** A logo of a signature or a picture in the text: part of the message, not a file sent. */
    private static boolean inlineImage(Part part) throws MessagingException {
        boolean shownInText = Part.INLINE.equalsIgnoreCase(part.getDisposition())
                || (part instanceof MimePart mime && mime.getContentID() != null
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()));
        return part.isMimeType("image/*") && shownInText;
    }

    /**
     * The name as the sender's program meant it: RFC 2231 names are decoded by Jakarta Mail, RFC 2047 encoded words
     * (Gmail, some Outlook versions) only here.
     */
    private static String fileName(Part part) throws MessagingException {
        String given = part.getFileName();
        if (given == null || given.isBlank()) {
            return "Anhang";
        }
        try {
            return MimeUtility.decodeText(given);
        } catch (UnsupportedEncodingException unknownCharset) {
            return given;
        }
    }

    private Extracted.Received receive(Part part, boolean beyondCount, Path inbox, Map<String, String> known)
            throws MessagingException, IOException {
        String name = fileName(part);
        if (beyondCount) {
            return refused(name, "TOO_MANY", maxAttachments);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip") || part.isMimeType("application/zip")
                || part.isMimeType("application/x-zip-compressed")) {
            return refused(name, "ZIP");
        }
        Path temp = InboxStorage.stagingFile(inbox, "postfach-");
        long size;
        try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
            // One byte beyond the limit tells a file too large, whatever size the message claims.
            size = copyAtMost(in, out, maxFileSize + 1);
        } catch (MessagingException | IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        InboxIntake.Check check;
        try {
            check = checks.check(temp, size, maxFileSize, name, known);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Extracted.Received refused = switch (check.verdict()) {
            case TOO_LARGE -> refused(name, "TOO_LARGE", DataSizeText.of(DataSize.ofBytes(maxFileSize)));
            case EMPTY -> refused(name, "EMPTY");
            case NOT_A_TABLE -> refused(name, "NOT_A_TABLE", check.detail());
            case KNOWN -> refused(name, "KNOWN", check.detail());
            case ACCEPTED -> null;
        };
        if (refused != null) {
            Files.deleteIfExists(temp);
            return refused;
        }
        return new Extracted.Received(name, temp, check.sha256(), null);
    }

    /** A refusal is recorded with its German reason, as the Übersicht shows it. */
    private Extracted.Received refused(String name, String refusal, Object... arguments) {
        String reason = messages.getMessage("postfach.refusal." + refusal, arguments, Locale.GERMANY);
        return new Extracted.Received(name, null, null, new Attachment(name, null, refusal, reason));
    }

    /**
     * Stores the accepted attachments under {@code postfach/<JJJJMMTT>/<AGS>_<name>} in the inbox (without the AGS
     * for a sender not in the directory), never replacing a file. All or none: when one cannot be stored, those
     * stored before it are removed again, so the next attempt does not find them twice.
     *
     * @param known the inbox's files by checksum, with the ones stored here added
     * @return every attachment with where it went or why it was refused, in the message's order
     */
    List<Attachment> store(Extracted extracted, Path inbox, String ags, Map<String, String> known) {
        Path folder = inbox.resolve(FOLDER).resolve(LocalDate.now(clock).format(DAY));
        List<Attachment> stored = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < extracted.received.size(); i++) {
                Extracted.Received r = extracted.received.get(i);
                if (r.refused() != null) {
                    stored.add(r.refused());
                    continue;
                }
                String safe = InboxStorage.safeName(r.fileName());
                String name = ags == null ? safe : ags + "_" + safe;
                Path target = InboxStorage.moveUnique(r.temp(), folder, name);
                extracted.received.set(i, new Extracted.Received(r.fileName(), null, null, null));
                String relative = Inbox.relative(inbox, target);
                known.putIfAbsent(r.sha256(), relative);
                stored.add(new Attachment(r.fileName(), relative, null, null));
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            discard(stored, inbox, known);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Removes the stored attachments from the inbox again: their message could not be recorded. */
    void discard(List<Attachment> attachments, Path inbox, Map<String, String> known) {
        for (Attachment attachment : attachments) {
            if (attachment.stored()) {
                known.values().remove(attachment.storedAs());
                try {
                    Files.deleteIfExists(inbox.resolve(attachment.storedAs()));
                } catch (IOException e) {
                    log.warn("Postfach: {} ließ sich nicht wieder entfernen", attachment.storedAs(), e);
                }
            }
        }
    }

    /** Copies at most {@code limit} bytes: an attachment far beyond the limit is not fetched to the end. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) != -1) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
