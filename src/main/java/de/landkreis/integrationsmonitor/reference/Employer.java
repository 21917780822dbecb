package de.landkreis.integrationsmonitor.reference;

/** Who employs a position (Anstellungsträger). */
public enum Employer {
    GEMEINDE, VERBAND, LANDKREIS, FREIER_TRAEGER
}
