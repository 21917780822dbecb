package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the first start of the server without configured analysts: creates the initial analyst and writes the generated
 * password to the log, the only place it ever appears (the operator reads it there, see BETRIEB.md).
 */
@Component
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
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
        accounts.createInitialAnalystIfNone().ifPresent(password -> log.warn(messages.getMessage(
                "web.initialAnalyst.log", new Object[] {AnalystAccounts.INITIAL_USER, password}, Locale.GERMANY)));
    }
}
