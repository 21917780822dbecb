package de.landkreis.integrationsmonitor.returns;

import java.time.LocalDate;

/** Who filled in a return: personal data, stored apart and never shown in a public report. */
public record Contact(String name, String email, String phone, LocalDate filledOn) {

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (email == null || email.isBlank())
                && (phone == null || phone.isBlank()) && filledOn == null;
    }
}
