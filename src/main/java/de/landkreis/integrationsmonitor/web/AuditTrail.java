package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.AuditEvents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what the office's IT security officer asks for: every login, refusal, lock, logout, password and account
 * change, every run started on the pages, every letter marked as sent by hand and every decision on a message from an
 * unknown sender (target: its sender), as one line {@code AUDIT event=… user=… address=… [reason=…]
 * [target=…]} in the log file and as a row of table audit_event. Never a password or a hash.
 */
@Component
@ServerMode
class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("AUDIT");
    private static final int MAX_VALUE = 100;

    /** The events of the trail. */
    enum Event {
        LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, PASSWORD_CHANGED, USER_CREATED, USER_DISABLED,
        USER_ENABLED, USER_ROLE_CHANGED, PASSWORD_SET_BY_ADMIN, RUN_STARTED, LETTER_SENT_BY_HAND, MAIL_TAKEN_IN,
        MAIL_DONE
    }

    private final AuditEvents events;
    private final Clock clock;

    AuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(Event event, String user, String address) {
        record(event, user, address, null, null);
    }

    /**
     * @param reason why a login was refused, or null
     * @param target the account an administrator acted on, or null
     */
    void record(Event event, String user, String address, String reason, String target) {
        String name = clean(user);
        String from = clean(address);
        String why = clean(reason);
        String on = clean(target);
        StringBuilder line = new StringBuilder("AUDIT event=").append(event.name()).append(" user=").append(name)
                .append(" address=").append(from);
        if (why != null) {
            line.append(" reason=").append(why);
        }
        if (on != null) {
            line.append(" target=").append(on);
        }
        log.info(line.toString());
        events.add(new AuditEvents.AuditEvent(clock.instant(), event.name(), name, from, why, on));
    }

    // A name typed into the login form is the attacker's text: no line breaks or spaces that could forge a second
    // entry or field in the log, and no more than a column holds.
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        // Every control, format (bidirectional) and separator character, line and paragraph separators included.
        String cleaned = value.replaceAll("[\\p{C}\\p{Z}\\s=]", "_");
        return cleaned.length() > MAX_VALUE ? cleaned.substring(0, MAX_VALUE) : cleaned;
    }
}
