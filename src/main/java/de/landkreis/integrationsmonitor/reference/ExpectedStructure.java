package de.landkreis.integrationsmonitor.reference;

/** Which answer of a Strukturen row decides whether a core topic is covered (RETURNS.md §6). */
public enum ExpectedStructure {
    ANSPRECHPERSON, NETZWERK, ANGEBOT
}
