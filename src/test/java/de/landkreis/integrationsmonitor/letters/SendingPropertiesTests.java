package de.landkreis.integrationsmonitor.letters;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A wrong setting stops the start with a German text from the message bundle. */
class SendingPropertiesTests {

    @Test
    void negativeRetriesAreRefusedInGerman() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SendingProperties(true, false, -1))
                .withMessage("integrationsmonitor.mail.sending.retries darf nicht negativ sein.");
    }
}
