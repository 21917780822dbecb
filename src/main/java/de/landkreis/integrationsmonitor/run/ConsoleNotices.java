package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.RunNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints what a run's steps tell the person who started it, one German line each (e.g. where the draft is). */
@Component
class ConsoleNotices {

    private final ConsoleOutput console;

    ConsoleNotices(ConsoleOutput console) {
        this.console = console;
    }

    @EventListener
    void on(RunNotice notice) {
        console.line(notice.messageKey(), notice.arguments().toArray());
    }
}
