package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * An analyst's decision on a message from an unknown sender: „übernehmen“ takes its attachments into the inbox like
 * a known sender's, „erledigt“ takes nothing; either way the message moves to the processed folder. Only one
 * decision counts, whoever clicks first (one at a time in this process; a run never decides a waiting message).
 */
@Component
public class WaitingMessages {

    private static final Logger log = LoggerFactory.getLogger(WaitingMessages.class);

    /** What became of a decision. */
    public enum Decision {
        TAKEN_IN, DONE, NOT_WAITING, NOT_IN_MAILBOX, UNREACHABLE, MALFORMED,
        /** the attachments could not be stored or recorded: nothing was taken in */
        NOT_STORED
    }

    private final MailboxProperties properties;
    private final MailMessages evidence;
    private final AttachmentIntake intake;
    private final Clock clock;

    WaitingMessages(MailboxProperties properties, MailMessages evidence, AttachmentIntake intake, Clock clock) {
        this.properties = properties;
        this.evidence = evidence;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * Takes the message's attachments into the inbox (with the AGS in their names where the directory knows the
     * sender, as for a message that could not be read before), then moves it.
     */
    public Decision takeIn(long id, String analyst, Path inbox) {
        return decide(id, analyst, Status.TAKEN_IN_BY_HAND, inbox);
    }

    /** Marks the message done without taking anything in, then moves it. */
    public Decision markDone(long id, String analyst) {
        return decide(id, analyst, Status.DONE, null);
    }

    private synchronized Decision decide(long id, String analyst, Status decision, Path inbox) {
        Optional<MailMessages.Message> waiting = evidence.find(id)
                .filter(m -> m.status() == Status.WAITING || m.status() == Status.MALFORMED);
        if (waiting.isEmpty()) {
            return Decision.NOT_WAITING;
        }
        return decision == Status.DONE ? done(waiting.get(), analyst) : takeIn(waiting.get(), analyst, inbox);
    }

    /**
     * Needs no mailbox: a message someone else moved, or a mailbox out of reach, can still be marked done. One left in
     * the mailbox is moved by the next read, which moves every decided message it still finds.
     */
    private Decision done(MailMessages.Message waiting, String analyst) {
        if (!evidence.decide(waiting.id(), Status.DONE, analyst, clock.instant(), List.of())) {
            return Decision.NOT_WAITING;
        }
        try (ImapMailbox mailbox = ImapMailbox.open(properties)) {
            Optional<Message> message = mailbox.find(waiting.key());
            if (message.isPresent()) {
                mailbox.moveToProcessed(message.get());
            }
        } catch (MessagingException e) {
            log.warn("Postfach: Nachricht {} als erledigt markiert, verschoben wird sie beim nächsten Lesen",
                    waiting.key(), e);
        }
        return Decision.DONE;
    }

    /** Only one decision counts: one taken meanwhile elsewhere (another process) wins, and these files go again. */
    private Decision record(MailMessages.Message waiting, String analyst, List<MailMessages.Attachment> stored) {
        try {
            return evidence.decide(waiting.id(), Status.TAKEN_IN_BY_HAND, analyst, clock.instant(), stored)
                    ? Decision.TAKEN_IN : Decision.NOT_WAITING;
        } catch (RuntimeException e) {
            log.warn("Postfach: Übernahme der Nachricht {} nicht vermerkt", waiting.key(), e);
            return Decision.NOT_STORED;
        }
    }

    private Decision takeIn(MailMessages.Message waiting, String analyst, Path inbox) {
        try (ImapMailbox mailbox = ImapMailbox.open(properties)) {
            Optional<Message> message = mailbox.find(waiting.key());
            if (message.isEmpty()) {
                return Decision.NOT_IN_MAILBOX;
            }
            Map<String, String> known;
            try {
                known = intake.known(inbox);
            } catch (DataAccessException e) {
                log.warn("Postfach: Nachricht {} nicht übernommen, die Datenbank antwortet nicht", waiting.key(), e);
                return Decision.NOT_STORED;
            }
            AttachmentIntake.Extracted extracted;
            try {
                extracted = intake.extract(message.get(), inbox, known);
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("Postfach: Nachricht {} nicht lesbar", waiting.key(), e);
                return Decision.MALFORMED;
            }
            List<MailMessages.Attachment> stored;
            try (extracted) {
                stored = intake.store(extracted, inbox, waiting.ags(), known);
            } catch (RuntimeException e) {
                log.warn("Postfach: Anhänge der Nachricht {} nicht abgelegt", waiting.key(), e);
                return Decision.NOT_STORED;
            }
            Decision decided = record(waiting, analyst, stored);
            if (decided != Decision.TAKEN_IN) {
                intake.discard(stored, inbox, known);
                return decided;
            }
            try {
                mailbox.moveToProcessed(message.get());
            } catch (MessagingException e) {
                log.warn("Postfach: Nachricht {} übernommen, verschoben wird sie beim nächsten Lesen", waiting.key(),
                        e);
            }
            return Decision.TAKEN_IN;
        } catch (MessagingException e) {
            log.warn("Postfach für die Übernahme der Nachricht {} nicht erreichbar", waiting.key(), e);
            return Decision.UNREACHABLE;
        }
    }
}
