package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The writer as the application builds it, from the real message bundle and a fixed district. */
final class ValidationLogFixtures {

    static final String OFFICE = "Landratsamt Ravensburg – Amt für Migration und Integration";
    static final LocalDateTime RUN_START = LocalDateTime.of(2026, 3, 2, 6, 0, 0);

    private ValidationLogFixtures() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static RuleCatalogue catalogue() {
        return new RuleCatalogue(messages());
    }

    static ValidationLogWriter writer() {
        return new ValidationLogWriter(new District("Landkreis Ravensburg", OFFICE), catalogue(), messages());
    }
}
