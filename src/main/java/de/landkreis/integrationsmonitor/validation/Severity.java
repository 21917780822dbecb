package de.landkreis.integrationsmonitor.validation;

/** How a finding weighs (RETURNS.md §5): a FEHLER rejects the section version, the others are listed only. */
public enum Severity {
    FEHLER, WARNUNG, HINWEIS
}
