package de.landkreis.integrationsmonitor.web;

/**
 * What an account may do on the web pages: {@code ANALYST} („Sachbearbeitung“) everything of the season's work,
 * {@code ADMIN} („Verwaltung“) that and the user administration and audit trail under {@code /zugaenge}.
 */
enum AccountRole {
    ANALYST, ADMIN;

    /** Spring Security's authorities: an administrator is an analyst too. */
    String[] roles() {
        return this == ADMIN ? new String[] {"ANALYST", "ADMIN"} : new String[] {"ANALYST"};
    }
}
