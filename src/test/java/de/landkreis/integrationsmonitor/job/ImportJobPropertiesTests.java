package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A wrong setting stops the start with a German text from the message bundle. */
class ImportJobPropertiesTests {

    @Test
    void aNegativeReadAheadIsRefusedInGerman() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportJobProperties(50, -1))
                .withMessage("integrationsmonitor.job.read-ahead darf nicht negativ sein (0 liest jede Datei erst, "
                        + "wenn sie an der Reihe ist).");
    }
}
