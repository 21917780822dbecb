package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.mailbox.MailboxReader;
import java.nio.file.Path;
import java.util.List;
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
        MailboxReader.Result read = mailbox.read(inbox);
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
