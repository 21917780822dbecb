package de.landkreis.integrationsmonitor.job;

import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import job.
 *
 * @param unexpectedErrorLimit how many files may fail with an unexpected error (each recorded as D02) before the
 *                             run stops as failed: a safety net, since bad content is a finding, not an error
 * @param readAhead            how many files a second thread reads and checks ahead of the one being stored; 0
 *                             reads each file only when its turn comes
 */
@ConfigurationProperties("integrationsmonitor.job")
record ImportJobProperties(@DefaultValue("50") int unexpectedErrorLimit, @DefaultValue("2") int readAhead) {

    ImportJobProperties {
        if (readAhead < 0) {
            // Bound before any bean exists, so the German text comes straight from the bundle.
            throw new IllegalArgumentException(ResourceBundle.getBundle("messages", Locale.GERMANY)
                    .getString("job.settings.negativeReadAhead"));
        }
    }
}
