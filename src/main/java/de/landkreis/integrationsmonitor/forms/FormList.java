package de.landkreis.integrationsmonitor.forms;

/**
 * The drop-down lists of a return form, each a named range on the hidden sheet {@code Listen}. Excel limits a list
 * typed into a validation to 255 characters, so every list lives on that sheet, short ones too: one way for all.
 */
enum FormList {
    /** Ansprechperson, Netzwerk: the offered spellings of the answers */
    ANSWER("Liste_Antworten"),
    /** Besetzt, Handlungsbedarf */
    YES_NO("Liste_JaNein"),
    FUNCTION("Liste_Funktionen"),
    EMPLOYER("Liste_Anstellungstraeger"),
    FUNDING("Liste_Finanzierung"),
    /** Gemeinde (Angaben) and Versorgte Gemeinden: the names of the register */
    MUNICIPALITY("Liste_Gemeinden");

    private final String rangeName;

    FormList(String rangeName) {
        this.rangeName = rangeName;
    }

    /** The workbook-wide name of the list's cells, as a list validation refers to it. */
    String rangeName() {
        return rangeName;
    }
}
