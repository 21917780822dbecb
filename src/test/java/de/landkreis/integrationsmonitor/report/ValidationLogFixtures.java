package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.TestMessages;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.time.LocalDateTime;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The writer as the application builds it, from the real message bundle and a fixed district. */
final class ValidationLogFixtures {

    static final String OFFICE = "Landratsamt Ravensburg – Amt für Migration und Integration";
    static final LocalDateTime RUN_START = LocalDateTime.of(2026, 3, 2, 6, 0, 0);

    private ValidationLogFixtures() {
    }

    static ResourceBundleMessageSource messages() {
        return TestMessages.german();
    }

    static RuleCatalogue catalogue() {
        return new RuleCatalogue(messages());
    }

    static ValidationLogWriter writer() {
        return new ValidationLogWriter(new District("Landkreis Ravensburg", OFFICE), catalogue(), messages());
    }
}
