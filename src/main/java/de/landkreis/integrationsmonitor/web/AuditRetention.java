package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.AuditEvents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit events older than {@code integrationsmonitor.web.audit-retention} (data protection: BETRIEB.md names
 * the period), every night and at each start of the server.
 */
@Component
@ServerMode
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditEvents events;
    private final WebProperties properties;
    private final Clock clock;

    AuditRetention(AuditEvents events, WebProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 15 3 * * *", zone = "${integrationsmonitor.schedule.zone:Europe/Berlin}")
    void deleteExpired() {
        int deleted = events.deleteBefore(clock.instant().minus(properties.auditRetention()));
        if (deleted > 0) {
            log.info("Audit: {} Einträge älter als {} Tage gelöscht", deleted, properties.auditRetention().toDays());
        }
    }
}
