package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the office mailbox at the start of a run: takes the attachments of every new message from a sender the
 * directory knows into the inbox, records each new message as evidence of receipt and moves those taken in to the
 * processed folder. Nothing here stops a run: an unreachable mailbox, a refused login or a malformed message is
 * recorded and reported, and the run goes on with the inbox as it is.
 */
@Component
public class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    /** Decided messages that belong in the processed folder; one still in the mailbox failed to move last time. */
    private static final Set<Status> TO_MOVE = EnumSet.of(Status.TAKEN_IN, Status.TAKEN_IN_BY_HAND, Status.DONE);

    /** How a read went. */
    public enum Outcome {
        /** the mailbox is switched off: nothing was read */
        OFF, READ, UNREACHABLE, LOGIN_REFUSED
    }

    /**
     * What one read brought, for the console line.
     *
     * @param server   {@code host:port} of the mailbox
     * @param problem  why it could not be read (UNREACHABLE), null otherwise
     * @param messages the new messages recorded
     * @param stored   attachments taken into the inbox
     * @param refused  attachments refused (size, number, type, zip)
     * @param waiting  new messages from unknown senders left for an analyst
     */
    public record Result(Outcome outcome, String server, String username, String problem, int messages, int stored,
                         int refused, int waiting) {
    }

    private final MailboxProperties properties;
    private final MailMessages evidence;
    private final SenderDirectory directory;
    private final AttachmentIntake intake;
    private final Clock clock;

    MailboxReader(MailboxProperties properties, MailMessages evidence, SenderDirectory directory,
                  AttachmentIntake intake, Clock clock) {
        this.properties = properties;
        this.evidence = evidence;
        this.directory = directory;
        this.intake = intake;
        this.clock = clock;
    }

    public boolean switchedOn() {
        return properties.imap().enabled();
    }

    /** Reads the mailbox into the inbox folder, if it is switched on. */
    public Result read(Path inbox) {
        MailboxProperties.Imap imap = properties.imap();
        String server = imap.host() + ":" + imap.port();
        if (!switchedOn()) {
            return new Result(Outcome.OFF, server, imap.username(), null, 0, 0, 0, 0);
        }
        ImapMailbox mailbox;
        try {
            mailbox = ImapMailbox.open(properties);
        } catch (AuthenticationFailedException e) {
            log.warn("Postfach {}: Anmeldung als „{}“ abgelehnt: {}", server, imap.username(), e.getMessage());
            evidence.recordRead(clock.instant(), Outcome.LOGIN_REFUSED.name());
            return new Result(Outcome.LOGIN_REFUSED, server, imap.username(), null, 0, 0, 0, 0);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Postfach {} nicht erreichbar", server, e);
            evidence.recordRead(clock.instant(), Outcome.UNREACHABLE.name());
            return new Result(Outcome.UNREACHABLE, server, imap.username(), reason(e), 0, 0, 0, 0);
        }
        try (mailbox) {
            long readId = evidence.recordRead(clock.instant(), Outcome.READ.name());
            SenderDirectory.Lookup senders = directory.lookup();
            int messages = 0;
            int stored = 0;
            int refused = 0;
            int waiting = 0;
            for (Message message : mailbox.messages()) {
                Optional<MailMessages.Message> recorded;
                try {
                    recorded = readOne(mailbox, message, senders, inbox, readId);
                } catch (MessageRemovedException gone) {
                    // Moved or deleted by someone else meanwhile: nothing of it is ours to read.
                    continue;
                }
                if (recorded.isPresent()) {
                    messages++;
                    stored += (int) recorded.get().storedCount();
                    refused += (int) recorded.get().refusedCount();
                    waiting += recorded.get().status() == Status.WAITING ? 1 : 0;
                }
            }
            return new Result(Outcome.READ, server, imap.username(), null, messages, stored, refused, waiting);
        } catch (MessagingException e) {
            // The connection broke off mid-read: what was recorded stays, the rest comes with the next read.
            log.warn("Postfach {}: Verbindung während des Lesens abgebrochen", server, e);
            return new Result(Outcome.UNREACHABLE, server, imap.username(), reason(e), 0, 0, 0, 0);
        }
    }

    /** @return the message as recorded, empty when it was known already */
    private Optional<MailMessages.Message> readOne(ImapMailbox mailbox, Message message,
                                                   SenderDirectory.Lookup senders, Path inbox, long readId)
            throws MessagingException {
        String key;
        try {
            key = ImapMailbox.key(message);
        } catch (IOException e) {
            log.warn("Postfach: eine Nachricht lässt sich nicht lesen, sie bleibt im Postfach", e);
            return Optional.empty();
        }
        Optional<Status> known = evidence.statusOf(key);
        if (known.isPresent()) {
            if (TO_MOVE.contains(known.get())) {
                mailbox.moveToProcessed(message);
            }
            return Optional.empty();
        }
        ReceivedMessage received = null;
        Optional<String> ags = Optional.empty();
        AttachmentIntake.Extracted extracted;
        try {
            received = ReceivedMessage.of(key, message);
            if (received.automatic()) {
                return Optional.of(record(received.toRecord(null, Status.AUTOMATIC, null), readId, List.of()));
            }
            ags = senders.agsOf(received.sender());
            if (ags.isEmpty()) {
                return Optional.of(record(received.toRecord(null, Status.WAITING, null), readId, List.of()));
            }
            extracted = intake.extract(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Whatever this message holds, the next one is read: it is recorded once and left where it is.
            log.warn("Postfach: Nachricht {} nicht lesbar, sie bleibt im Postfach", key, e);
            MailMessages.NewMessage malformed = received != null
                    ? received.toRecord(ags.orElse(null), Status.MALFORMED, reason(e))
                    : new MailMessages.NewMessage(key, null, null, null, null, null, Status.MALFORMED,
                    ReceivedMessage.cut(reason(e)));
            return Optional.of(record(malformed, readId, List.of()));
        }
        List<MailMessages.Attachment> attachments;
        try (extracted) {
            attachments = intake.store(extracted, inbox, ags.get());
        }
        MailMessages.Message recorded = record(received.toRecord(ags.get(), Status.TAKEN_IN, null), readId,
                attachments);
        mailbox.moveToProcessed(message);
        return Optional.of(recorded);
    }

    private MailMessages.Message record(MailMessages.NewMessage message, long readId,
                                        List<MailMessages.Attachment> attachments) {
        return evidence.find(evidence.record(message, readId, attachments)).orElseThrow();
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
