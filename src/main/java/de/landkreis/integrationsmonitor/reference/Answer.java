package de.landkreis.integrationsmonitor.reference;

/** An answer in the Strukturen section; Besetzt and Handlungsbedarf use only {@link #JA} and {@link #NEIN}. */
public enum Answer {
    JA, NEIN, GEPLANT, VERBUND
}
