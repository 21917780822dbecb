package de.landkreis.integrationsmonitor.letters;

import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sending the letters by SMTP (issue 18); the mail server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled send the letters to directory addresses after they are written; off: drafts only
 * @param dryRun  list what would be sent instead of sending it; what a dry run listed is never sent later
 * @param retries how many later sendings try a letter again after its first attempt failed, before it counts as
 *                „nicht zugestellt“
 */
@ConfigurationProperties("integrationsmonitor.mail.sending")
record SendingProperties(boolean enabled, boolean dryRun, @DefaultValue("3") int retries) {

    SendingProperties {
        if (retries < 0) {
            // Bound before any bean exists, so the German text comes straight from the bundle.
            throw new IllegalArgumentException(ResourceBundle.getBundle("messages", Locale.GERMANY)
                    .getString("letters.sending.settings.negativeRetries"));
        }
    }
}
