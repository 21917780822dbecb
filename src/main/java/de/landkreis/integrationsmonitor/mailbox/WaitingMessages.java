package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        TAKEN_IN, DONE, NOT_WAITING, NOT_IN_MAILBOX, UNREACHABLE, MALFORMED
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


    /** Takes the message's attachments into the inbox (without an AGS in their names), then moves it. */
    public Decision takeIn(long id, String analyst, Path inbox) {
        return decide(id, analyst, Status.TAKEN_IN_BY_HAND, inbox);
    }

    /** Marks the message done without taking anything in, then moves it. */
    public Decision markDone(long id, String analyst) {
        return decide(id, analyst, Status.DONE, null);
    }

    private synchronized Decision decide(long id, String analyst, Status decision, Path inbox) {
        Optional<MailMessages.Message> waiting = evidence.find(id).filter(m -> m.status() == Status.WAITING);
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
        evidence.decide(waiting.id(), Status.DONE, analyst, clock.instant(), List.of());
        try (ImapMailbox mailbox = ImapMailbox.open(properties)) {
            Optional<Message> message = mailbox.find(waiting.key());
            if (message.isPresent()) {
                mailbox.moveToProcessed(message.get());
            }
        } catch (MessagingException | IOException e) {
            log.warn("Postfach: Nachricht {} als erledigt markiert, verschoben wird sie beim nächsten Lesen",
                    waiting.key(), e);
        }
        return Decision.DONE;
    }

    private Decision takeIn(MailMessages.Message waiting, String analyst, Path inbox) {
        try (ImapMailbox mailbox = ImapMailbox.open(properties)) {
            Optional<Message> message = mailbox.find(waiting.key());
            if (message.isEmpty()) {
                return Decision.NOT_IN_MAILBOX;
            }
            AttachmentIntake.Extracted extracted;
            try {
                extracted = intake.extract(message.get());
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("Postfach: Nachricht {} nicht lesbar", waiting.key(), e);
                return Decision.MALFORMED;
            }
            // Decisions are taken one at a time (synchronized) and the message was waiting: this one counts.
            try (extracted) {
                evidence.decide(waiting.id(), Status.TAKEN_IN_BY_HAND, analyst, clock.instant(),
                        intake.store(extracted, inbox, null));
            }
            mailbox.moveToProcessed(message.get());
            return Decision.TAKEN_IN;
        } catch (MessagingException | IOException e) {
            log.warn("Postfach für die Übernahme der Nachricht {} nicht erreichbar", waiting.key(), e);
            return Decision.UNREACHABLE;
        }
    }
}
