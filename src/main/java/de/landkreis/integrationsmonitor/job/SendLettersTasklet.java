package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.letters.Dispatch;
import de.landkreis.integrationsmonitor.letters.LetterSender;
import de.landkreis.integrationsmonitor.store.Letters;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

/** Sends the due letters, the run's Rückfragen first among them, and tells what it did in German lines. */
class SendLettersTasklet implements Tasklet {

    private final LetterSender sender;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final long runId;

    SendLettersTasklet(LetterSender sender, Letters letters, ApplicationEventPublisher events, long runId) {
        this.sender = sender;
        this.letters = letters;
        this.events = events;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        List<Path> written = letters.ofRun(runId).stream().map(letter -> Path.of(letter.file())).toList();
        Dispatch dispatch = sender.sendDue(written);
        dispatch.lines().forEach(line -> events.publishEvent(new RunNotice(line.messageKey(), line.arguments())));
        return RepeatStatus.FINISHED;
    }
}
