package de.landkreis.integrationsmonitor.letters;

import de.landkreis.integrationsmonitor.store.Letters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether letters are sent, decided once from the settings: a letter learns at writing whether it will ever be sent,
 * so switching sending on later never sends old drafts the analysts may have sent by hand; and letters still due when
 * sending is off or refused are taken back by {@link LetterSender}, for the same reason.
 */
@Component
class SendingMode {

    enum Mode {
        /** drafts only, as before issue 18 */
        OFF,
        /** switched on, but {@code spring.mail.host} is not set */
        NO_SERVER,
        /** switched on, refused while the sample-data setting is on */
        SAMPLE_DATA,
        /** lists instead of sending */
        DRY_RUN,
        /** sends */
        LIVE
    }

    private final Mode mode;
    private final JavaMailSender mail;
    private final int maxAttempts;

    @Autowired
    SendingMode(SendingProperties properties, ObjectProvider<JavaMailSender> mail,
                @Value("${integrationsmonitor.report.sample-data:false}") boolean sampleData) {
        this(properties, mail.getIfAvailable(), sampleData);
    }

    /** @param mail the mail server, null when {@code spring.mail.host} is not set */
    SendingMode(SendingProperties properties, JavaMailSender mail, boolean sampleData) {
        this.mail = mail;
        this.maxAttempts = 1 + properties.retries();
        if (!properties.enabled()) {
            mode = Mode.OFF;
        } else if (mail == null) {
            mode = Mode.NO_SERVER;
        } else if (sampleData) {
            mode = Mode.SAMPLE_DATA;
        } else {
            mode = properties.dryRun() ? Mode.DRY_RUN : Mode.LIVE;
        }
    }

    Mode mode() {
        return mode;
    }

    JavaMailSender mail() {
        return mail;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Only a letter to the directory's address is ever due; any other waits for a person once sending is on. */
    Letters.Sending firstState(Letters.AddressSource source) {
        if (mode != Mode.LIVE && mode != Mode.DRY_RUN) {
            return Letters.Sending.DRAFT;
        }
        return source == Letters.AddressSource.DIRECTORY ? Letters.Sending.DUE : Letters.Sending.HAND;
    }
}
