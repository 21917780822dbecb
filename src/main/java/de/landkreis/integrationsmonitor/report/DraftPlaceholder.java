package de.landkreis.integrationsmonitor.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The placeholders a template of the Mitteilungsvorlage draft may hold, written {@code {{name}}} in the Word document
 * (README, "Die Mitteilungsvorlage"). Each stands for one text; the sentences are the report's figures in words.
 */
enum DraftPlaceholder {
    /** the office as the print headers name it */
    AMT,
    /** the district, e.g. "Landkreis Ravensburg" */
    LANDKREIS,
    /** the Berichtsjahr */
    JAHR,
    /** the Stichtag, e.g. "31.12.2025" */
    STICHTAG,
    /** when the run whose data the draft shows started */
    DATENSTAND,
    /** "Beispieldaten (fiktiv)" while the sample-data setting is on; otherwise its paragraph is left out */
    KENNZEICHNUNG,
    /** section 1: the core topics valid in the year, those new this year and those no longer valid */
    KERNTHEMEN,
    /** section 2: the Rücklauf by status */
    RUECKLAUF,
    /** section 3: coverage, the strongest and weakest topics */
    ABDECKUNG,
    /** section 3: need for action, the most and least frequent topics */
    HANDLUNGSBEDARF,
    /** section 3: the change to the previous year, or why there is none */
    VORJAHR,
    /** section 4: the FTE as in the Personal total row, by function, per 10,000 inhabitants, Land's share, change */
    PERSONAL,
    /** section 5: the fixed-term headline of the Übersicht, its classes and the long vacancies */
    SICHERUNG;

    /** The name inside the braces, e.g. {@code ruecklauf}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DraftPlaceholder> of(String tag) {
        return Arrays.stream(values()).filter(p -> p.tag().equals(tag)).findFirst();
    }
}
