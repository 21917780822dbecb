package de.landkreis.integrationsmonitor.web;

import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The form of Kennwort ändern. The rules that compare the fields with each other or with the stored password are
 * checked by {@link PasswordController}.
 */
record PasswordChange(
        String currentPassword,
        @Size(min = AnalystPasswords.MIN_LENGTH, message = "{web.password.tooShort}") String newPassword,
        String repeatedPassword) {

    /** A field missing from the request counts as empty, so every rule sees a text. */
    PasswordChange {
        currentPassword = Objects.requireNonNullElse(currentPassword, "");
        newPassword = Objects.requireNonNullElse(newPassword, "");
        repeatedPassword = Objects.requireNonNullElse(repeatedPassword, "");
    }
}
