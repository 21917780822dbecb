package de.landkreis.integrationsmonitor.returns;

/**
 * A column of a section or a label of the Angaben sheet (RETURNS.md §2, §3). The German labels people use for
 * each are data: {@code returns/header-synonyms.csv}.
 */
public enum Field {
    AGS, GEMEINDE, BERICHTSJAHR, STICHTAG, AUSGEFUELLT_VON, EMAIL, TELEFON, DATUM,
    KERNTHEMA, ANSPRECHPERSON, NETZWERK, ANGEBOTE, HANDLUNGSBEDARF, BEMERKUNG,
    FUNKTION, VZAE, BESETZT, UNBESETZT_SEIT, BEFRISTET_BIS, ANSTELLUNGSTRAEGER, FINANZIERUNG, VERSORGTE_GEMEINDEN
}
