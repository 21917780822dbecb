package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.mailbox.MailboxReader;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Reads the office mailbox into the inbox before the inbox's files are registered, so a return that came by e-mail
 * is imported by this very run; tells the console what it brought or why the mailbox could not be read. Never fails
 * the run: without the mailbox the run reads the inbox as it is.
 */
class ReadMailboxTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReadMailboxTasklet.class);

    private final MailboxReader mailbox;
    private final ApplicationEventPublisher events;
    private final Path inbox;

    ReadMailboxTasklet(MailboxReader mailbox, ApplicationEventPublisher events, Path inbox) {
        this.mailbox = mailbox;
        this.events = events;
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        MailboxReader.Result read;
        try {
            read = mailbox.read(inbox);
        } catch (RuntimeException e) {
            // The database failing around the read (each message's own failures are caught by the reader).
            log.warn("Postfach: Lesen abgebrochen", e);
            notice("postfach.console.failed", String.valueOf(e.getMessage()));
            return RepeatStatus.FINISHED;
        }
        switch (read.outcome()) {
            case OFF -> { }
            case READ -> notice("postfach.console.read", read.messages(), read.stored(), read.refused(),
                    read.waiting());
            case INTERRUPTED -> {
                notice("postfach.console.read", read.messages(), read.stored(), read.refused(), read.waiting());
                notice("postfach.console.interrupted", read.server(), read.problem());
            }
            case UNREACHABLE -> notice("postfach.console.unreachable", read.server(), read.problem());
            case LOGIN_REFUSED -> notice("postfach.console.loginRefused", read.server(), read.username());
        }
        if (read.malformed() > 0) {
            notice("postfach.console.malformed", read.malformed());
        }
        if (read.notMoved() > 0) {
            notice("postfach.console.notMoved", read.notMoved(), read.notMovedProblem());
        }
        return RepeatStatus.FINISHED;
    }

    private void notice(String key, Object... arguments) {
        events.publishEvent(new RunNotice(key, List.of(arguments)));
    }
}
