package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.store.MailMessages;
import de.landkreis.integrationsmonitor.store.MailMessages.Status;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An analyst's decision on a message from an unknown sender: „übernehmen“ takes its attachments into the inbox like
 * a known sender's, „erledigt“ takes nothing; either way the message moves to the processed folder. Only one
 * decision counts, whoever clicks first.
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
        try (ImapMailbox mailbox = ImapMailbox.open(properties)) {
            Optional<Message> message = mailbox.find(waiting.get().key());
            if (message.isEmpty()) {
                return Decision.NOT_IN_MAILBOX;
            }
            if (decision == Status.DONE) {
                if (!evidence.decide(id, Status.DONE, analyst, clock.instant())) {
                    return Decision.NOT_WAITING;
                }
                mailbox.moveToProcessed(message.get());
                return Decision.DONE;
            }
            AttachmentIntake.Extracted extracted;
            try {
                extracted = intake.extract(message.get());
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("Postfach: Nachricht {} nicht lesbar", waiting.get().key(), e);
                return Decision.MALFORMED;
            }
            try (extracted) {
                if (!evidence.decide(id, Status.TAKEN_IN_BY_HAND, analyst, clock.instant())) {
                    return Decision.NOT_WAITING;
                }
                intake.store(extracted, inbox, null).forEach(attachment -> evidence.attach(id, attachment));
            }
            mailbox.moveToProcessed(message.get());
            return Decision.TAKEN_IN;
        } catch (MessagingException | IOException e) {
            log.warn("Postfach für die Entscheidung über Nachricht {} nicht erreichbar", id, e);
            return Decision.UNREACHABLE;
        }
    }
}
