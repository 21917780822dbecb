package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At a start of the server without any administrator: creates the administrator {@code analyse} and writes the
 * generated password to the log, the only place it ever appears (the operator reads it there, see BETRIEB.md); it must
 * be changed at the first login. A name kept both in application.yml and in the database stops the start.
 */
@Component
@ServerMode
class InitialAnalystNotice {

    private static final Logger log = LoggerFactory.getLogger(InitialAnalystNotice.class);

    private final AnalystAccounts accounts;
    private final MessageSource messages;

    InitialAnalystNotice(AnalystAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        List<String> twice = accounts.namesInBothPlaces();
        if (!twice.isEmpty()) {
            throw new IllegalStateException(messages.getMessage("web.accounts.nameInBothPlaces",
                    new Object[] {String.join(", ", twice)}, Locale.GERMANY));
        }
        accounts.createInitialAdministratorIfNone().ifPresent(password -> log.warn(messages.getMessage(
                "web.initialAnalyst.log", new Object[] {AnalystAccounts.INITIAL_USER, password}, Locale.GERMANY)));
    }
}
