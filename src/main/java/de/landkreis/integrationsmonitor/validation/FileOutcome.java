package de.landkreis.integrationsmonitor.validation;

/** What became of a received file. */
public enum FileOutcome {
    /** every section version accepted */
    ACCEPTED,
    /** some section versions accepted, some rejected (a joint file with an error in one member's rows) */
    PARTLY_ACCEPTED,
    /** nothing accepted */
    REJECTED,
    /** the same content was already imported from another file (D04) */
    DUPLICATE,
    /** an Office lock file or hidden file (D06) */
    IGNORED
}
