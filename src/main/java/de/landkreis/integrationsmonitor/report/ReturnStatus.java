package de.landkreis.integrationsmonitor.report;

/**
 * The Rücklauf status of a municipality for one Berichtsjahr (RETURNS.md §6), decided from the latest received
 * version of each section.
 */
public enum ReturnStatus {
    /** both sections have a current version and neither latest version was rejected */
    VOLLSTAENDIG("vollständig"),
    /** one section has a current version, the other was never received */
    UNVOLLSTAENDIG("unvollständig"),
    /** the latest received version of a section was rejected */
    FEHLERHAFT("fehlerhaft"),
    /** nothing received for the year */
    FEHLT("fehlt");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    /** The German word the report, the reminder list and the web pages show. */
    public String label() {
        return label;
    }
}
