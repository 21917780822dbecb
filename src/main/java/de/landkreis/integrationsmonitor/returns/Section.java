package de.landkreis.integrationsmonitor.returns;

/** The two sections of a return; a section version is the unit accepted or rejected. */
public enum Section {
    STRUKTUREN, PERSONAL
}
