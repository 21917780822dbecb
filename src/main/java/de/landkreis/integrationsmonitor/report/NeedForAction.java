package de.landkreis.integrationsmonitor.report;

/**
 * Whether a municipality sees need for action on a core topic (RETURNS.md §6), with the word the report prints.
 * Unknown ({@code .}, DIN 55301): left empty, the topic not answered, or no current Strukturen version.
 */
public enum NeedForAction {
    JA("ja"),
    NEIN("nein"),
    UNKNOWN(".");

    private final String word;

    NeedForAction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static NeedForAction of(Boolean answer) {
        return answer == null ? UNKNOWN : answer ? JA : NEIN;
    }
}
