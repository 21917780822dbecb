package de.landkreis.integrationsmonitor.report;

/**
 * Whether a municipality covers a core topic (RETURNS.md §6), with the sign the report prints. The signs are
 * symbols, not colours, so a table reads the same in grayscale print; {@code .} follows DIN 55301 (unknown).
 */
public enum Coverage {
    COVERED("●"),
    PLANNED("◐"),
    NOT_COVERED("○"),
    /** not answered, no current Strukturen version, or (for offers) the number of offers left empty */
    UNKNOWN(".");

    private final String sign;

    Coverage(String sign) {
        this.sign = sign;
    }

    public String sign() {
        return sign;
    }

    /** Known answers make up the base of a district share; unknown ones are never counted as "not covered". */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
