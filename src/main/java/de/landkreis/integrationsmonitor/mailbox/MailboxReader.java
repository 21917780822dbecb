package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.returns.InboxStorage;
import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads the office mailbox at the start of a run: takes the attachments of every new message from a sender the
 * directory knows into the inbox, records each new message as evidence of receipt and moves those taken in to the
 * processed folder. Nothing here stops a run: an unreachable mailbox, a refused login, a malformed message or one the
 * database or the disk refused is recorded and reported, and the run goes on with the inbox as it is.
 */
@Component
public class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    /** Decided messages that belong in the processed folder; one still in the mailbox failed to move last time. */
    private static final Set<Status> TO_MOVE = EnumSet.of(Status.TAKEN_IN, Status.TAKEN_IN_BY_HAND, Status.DONE);

    /** How a read went. */
    public enum Outcome {
        /** the mailbox is switched off: nothing was read */
        OFF, READ,
        /** the connection broke off during the read: what was recorded stays, the rest comes with the next read */
        INTERRUPTED, UNREACHABLE, LOGIN_REFUSED
    }

    /**
     * What one read brought, for the console lines.
     *
     * @param server          {@code host:port} of the mailbox
     * @param problem         why it could not be read to the end (UNREACHABLE, INTERRUPTED), null otherwise
     * @param messages        the new messages recorded
     * @param stored          attachments taken into the inbox
     * @param refused         attachments refused (size, number, type, zip)
     * @param waiting         new messages from unknown senders left for an analyst
     * @param malformed       new messages that could not be read or stored, left for an analyst too
     * @param notMoved        messages that stay in the mailbox because they could not be moved to the processed folder
     * @param notMovedProblem why the last of them could not be moved (German), null when all moved
     */
    public record Result(Outcome outcome, String server, String username, String problem, int messages, int stored,
                         int refused, int waiting, int malformed, int notMoved, String notMovedProblem) {

        static Result without(Outcome outcome, String server, String username, String problem) {
            return new Result(outcome, server, username, problem, 0, 0, 0, 0, 0, 0, null);
        }
    }

    /** The counts of one read so far, and the inbox's files by checksum, listed once the first attachment comes. */
    private static final class Tally {

        private final Supplier<Map<String, String>> listing;
        private Map<String, String> known;

        Tally(Supplier<Map<String, String>> listing) {
            this.listing = listing;
        }

        Map<String, String> known() {
            if (known == null) {
                known = listing.get();
            }
            return known;
        }

        int messages;
        int stored;
        int refused;
        int waiting;
        int malformed;
        int notMoved;
        String notMovedProblem;

        void count(MailMessages.Message recorded) {
            messages++;
            stored += (int) recorded.storedCount();
            refused += (int) recorded.refusedCount();
            waiting += recorded.status() == Status.WAITING ? 1 : 0;
            malformed += recorded.status() == Status.MALFORMED ? 1 : 0;
        }

        Result result(Outcome outcome, String server, String username, String problem) {
            return new Result(outcome, server, username, problem, messages, stored, refused, waiting, malformed,
                    notMoved, notMovedProblem);
        }
    }

    private final MailboxProperties properties;
    private final MailMessages evidence;
    private final SenderDirectory directory;
    private final AttachmentIntake intake;
    private final MessageSource texts;
    private final Clock clock;

    MailboxReader(MailboxProperties properties, MailMessages evidence, SenderDirectory directory,
                  AttachmentIntake intake, MessageSource texts, Clock clock) {
        this.properties = properties;
        this.evidence = evidence;
        this.directory = directory;
        this.intake = intake;
        this.texts = texts;
        this.clock = clock;
    }

    public boolean switchedOn() {
        return properties.imap().enabled();
    }

    /**
     * Reads the mailbox into the inbox folder, if it is switched on. One message never stops the others: one that
     * cannot be read is recorded {@code MALFORMED} and waits for an analyst, one that cannot be moved stays where it
     * is. Only a broken connection ends the read, recording nothing for the message it broke off in.
     */
    public Result read(Path inbox) {
        MailboxProperties.Imap imap = properties.imap();
        String server = imap.host() + ":" + imap.port();
        if (!switchedOn()) {
            return Result.without(Outcome.OFF, server, imap.username(), null);
        }
        InboxStorage.removeLeftovers(inbox, clock.instant());
        ImapMailbox mailbox;
        try {
            mailbox = ImapMailbox.open(properties);
        } catch (AuthenticationFailedException e) {
            log.warn("Postfach {}: Anmeldung als „{}“ abgelehnt: {}", server, imap.username(), e.getMessage());
            evidence.recordRead(clock.instant(), Outcome.LOGIN_REFUSED.name());
            return Result.without(Outcome.LOGIN_REFUSED, server, imap.username(), null);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Postfach {} nicht erreichbar", server, e);
            evidence.recordRead(clock.instant(), Outcome.UNREACHABLE.name());
            return Result.without(Outcome.UNREACHABLE, server, imap.username(), reason(e));
        }
        try (mailbox) {
            long readId = evidence.recordRead(clock.instant(), Outcome.READ.name());
            SenderDirectory.Lookup senders = directory.lookup();
            Tally tally = new Tally(() -> intake.known(inbox));
            try {
                for (Message message : mailbox.messages()) {
                    try {
                        readOne(mailbox, message, senders, inbox, readId, tally);
                    } catch (MessageRemovedException gone) {
                        // Moved or deleted by someone else meanwhile: nothing of it is ours to read.
                    }
                }
            } catch (MessagingException e) {
                log.warn("Postfach {}: Verbindung während des Lesens abgebrochen", server, e);
                evidence.readEnded(readId, Outcome.INTERRUPTED.name());
                return tally.result(Outcome.INTERRUPTED, server, imap.username(), reason(e));
            }
            return tally.result(Outcome.READ, server, imap.username(), null);
        }
    }

    /** @throws MessagingException only when the message is gone or the connection broke off */
    private void readOne(ImapMailbox mailbox, Message message, SenderDirectory.Lookup senders, Path inbox,
                         long readId, Tally tally) throws MessagingException {
        String key = mailbox.key(message);
        Optional<Status> known;
        try {
            known = evidence.statusOf(key);
        } catch (RuntimeException e) {
            log.warn("Postfach: Nachricht {} übersprungen, die Datenbank antwortet nicht", key, e);
            return;
        }
        if (known.isEmpty()) {
            readNew(mailbox, message, key, senders, inbox, readId, tally);
        } else if (TO_MOVE.contains(known.get())) {
            move(mailbox, message, key, tally);
        }
    }

    private void readNew(ImapMailbox mailbox, Message message, String key, SenderDirectory.Lookup senders,
                         Path inbox, long readId, Tally tally) throws MessagingException {
        ReceivedMessage received = null;
        Optional<String> ags = Optional.empty();
        try {
            received = ReceivedMessage.of(key, message);
            if (received.automatic()) {
                tally.count(record(received.toRecord(null, Status.AUTOMATIC, null), readId, List.of()));
                return;
            }
            ags = senders.agsOf(received.sender());
            if (ags.isPresent() && !authentic(received)) {
                // A known address the office's server did not vouch for: an analyst decides, as for a stranger.
                ags = Optional.empty();
            }
            if (ags.isEmpty()) {
                tally.count(record(received.toRecord(null, Status.WAITING, null), readId, List.of()));
                return;
            }
            Map<String, String> inInbox;
            try {
                inInbox = tally.known();
            } catch (DataAccessException e) {
                // The duplicate check asks the database too: its failure says nothing about the message.
                log.warn("Postfach: Nachricht {} übersprungen, die Datenbank antwortet nicht", key, e);
                return;
            }
            tally.count(takeIn(message, received, ags.get(), inbox, inInbox, readId));
        } catch (MessageRemovedException gone) {
            throw gone;
        } catch (MessagingException | IOException | RuntimeException e) {
            if (connectionLost(mailbox, e)) {
                throw e instanceof MessagingException m ? m : new MessagingException(reason(e), e);
            }
            // Whatever this message holds, the next one is read: it is recorded once, left where it is, and waits
            // for an analyst, who can take it in by hand.
            log.warn("Postfach: Nachricht {} nicht lesbar, sie bleibt im Postfach", key, e);
            recordMalformed(received != null ? received.toRecord(ags.orElse(null), Status.MALFORMED, reason(e))
                    : new MailMessages.NewMessage(key, null, null, null, null, null, Status.MALFORMED, reason(e)),
                    readId, tally);
            return;
        }
        move(mailbox, message, key, tally);
    }

    private boolean authentic(ReceivedMessage received) {
        String authservId = properties.trustedAuthservId();
        return authservId.isBlank() || received.dmarcPassedAt(authservId.strip());
    }

    /** Stores the attachments and records the message; when the record fails, the files go again. */
    private MailMessages.Message takeIn(Message message, ReceivedMessage received, String ags, Path inbox,
                                        Map<String, String> known, long readId)
            throws MessagingException, IOException {
        List<MailMessages.Attachment> attachments;
        try (AttachmentIntake.Extracted extracted = intake.extract(message, inbox, known)) {
            attachments = intake.store(extracted, inbox, ags, known);
        }
        long id;
        try {
            id = evidence.record(received.toRecord(ags, Status.TAKEN_IN, null), readId, attachments);
        } catch (RuntimeException e) {
            intake.discard(attachments, inbox, known);
            throw e;
        }
        return evidence.find(id).orElseThrow();
    }

    private void recordMalformed(MailMessages.NewMessage malformed, long readId, Tally tally) {
        try {
            tally.count(record(malformed, readId, List.of()));
        } catch (RuntimeException e) {
            log.warn("Postfach: Nachricht {} konnte nicht vermerkt werden; das nächste Lesen versucht es wieder",
                    malformed.key(), e);
        }
    }

    /** A message that cannot be moved stays in the mailbox; the next read, finding it decided, tries again. */
    private void move(ImapMailbox mailbox, Message message, String key, Tally tally) throws MessagingException {
        try {
            mailbox.moveToProcessed(message);
        } catch (MessageRemovedException gone) {
            throw gone;
        } catch (MessagingException | RuntimeException e) {
            if (connectionLost(mailbox, e)) {
                throw e instanceof MessagingException m ? m : new MessagingException(reason(e), e);
            }
            log.warn("Postfach: Nachricht {} ließ sich nicht in den Ordner „{}“ verschieben", key,
                    properties.processedFolder(), e);
            tally.notMoved++;
            tally.notMovedProblem = e instanceof ImapMailbox.NotMovable notMovable
                    ? texts.getMessage("postfach.notMovable." + notMovable.reason(), null, Locale.GERMANY)
                    : reason(e);
        }
    }

    /** A failure of the connection, not of the message: a timeout, a closed folder or store. */
    private static boolean connectionLost(ImapMailbox mailbox, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FolderClosedException || cause instanceof StoreClosedException
                    || cause instanceof SocketTimeoutException || cause instanceof SocketException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return !mailbox.connected();
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
