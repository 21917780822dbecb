package de.landkreis.integrationsmonitor.reference;

import java.util.List;

/**
 * One entry of the office directory: where letters to a municipality go.
 *
 * @param email         the address of the municipality's office for integration matters
 * @param salutation    how a letter opens, e.g. {@code Sehr geehrte Damen und Herren}; null = the template's default
 * @param senderDomains the mail domains the municipality writes from, lower case (e.g. {@code achberg.example.org})
 */
public record Mailbox(String ags, String email, String salutation, List<String> senderDomains) {

    public Mailbox {
        senderDomains = List.copyOf(senderDomains);
    }
}
