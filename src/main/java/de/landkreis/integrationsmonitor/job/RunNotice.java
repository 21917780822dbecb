package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.PaperNotice;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Published when a step of a run has something to tell the person who started it, e.g. where the Mitteilungsvorlage
 * draft is or why there is no PDF: the console prints it as a German line from the message bundle.
 *
 * @param messageKey the key of the line in the message bundle
 * @param arguments  its arguments
 */
public record RunNotice(String messageKey, List<Object> arguments) {

    public RunNotice {
        arguments = List.copyOf(arguments);
    }

    /** Tells the committee papers' lines to the person who started the run, in their order. */
    static void publish(ApplicationEventPublisher events, List<PaperNotice> notices) {
        notices.forEach(notice -> events.publishEvent(new RunNotice(notice.messageKey(), notice.arguments())));
    }
}
