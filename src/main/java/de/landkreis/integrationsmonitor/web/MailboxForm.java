package de.landkreis.integrationsmonitor.web;

import java.util.Objects;

/**
 * The form of one entry of the Adressverzeichnis; {@link MailboxesController} checks it with the rules the
 * directory file obeys.
 *
 * @param senderDomains the mail domains, separated by comma, semicolon or space
 */
record MailboxForm(String email, String salutation, String senderDomains) {

    /** A field missing from the request counts as empty. */
    MailboxForm {
        email = Objects.requireNonNullElse(email, "").strip();
        salutation = Objects.requireNonNullElse(salutation, "").strip();
        senderDomains = Objects.requireNonNullElse(senderDomains, "").strip();
    }
}
