package de.landkreis.integrationsmonitor.reference;

/** The function of a position (RETURNS.md §4); {@link #KEINE} marks a municipality without own positions. */
public enum PositionFunction {
    IB, IM, EK, SO, KEINE
}
