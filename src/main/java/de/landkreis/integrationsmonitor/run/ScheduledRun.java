package de.landkreis.integrationsmonitor.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The unattended run of server mode, at the times of {@code integrationsmonitor.schedule.cron} in
 * {@code integrationsmonitor.schedule.zone}; {@code -} switches it off. A run that finds another one working is
 * refused like any other and simply waits for the next time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ServerMode
class ScheduledRun {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRun.class);

    private final GuardedRuns runs;
    private final RunOptions options;

    ScheduledRun(GuardedRuns runs, RunOptions options) {
        this.runs = runs;
        this.options = options;
    }

    @Scheduled(cron = "${integrationsmonitor.schedule.cron:-}", zone = "${integrationsmonitor.schedule.zone:Europe/Berlin}")
    void run() {
        RunStart start = runs.run(options.input(), options.reports(), null);
        if (start instanceof RunStart.AlreadyRunning) {
            log.info("Geplanter Lauf ausgelassen: ein anderer Lauf läuft bereits");
        } else if (start instanceof RunStart.Finished finished) {
            log.info("Geplanter Lauf beendet: {}", finished.result().completed() ? "abgeschlossen" : "fehlgeschlagen");
        }
    }
}
