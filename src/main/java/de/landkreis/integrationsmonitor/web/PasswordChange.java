package de.landkreis.integrationsmonitor.web;

import java.util.Objects;

/**
 * The form of Kennwort ändern. Its rules compare the fields with each other, with the stored password and with the
 * {@link PasswordPolicy}; {@link PasswordController} checks them.
 */
record PasswordChange(String currentPassword, String newPassword, String repeatedPassword) {

    /** A field missing from the request counts as empty, so every rule sees a text. */
    PasswordChange {
        currentPassword = Objects.requireNonNullElse(currentPassword, "");
        newPassword = Objects.requireNonNullElse(newPassword, "");
        repeatedPassword = Objects.requireNonNullElse(repeatedPassword, "");
    }
}
