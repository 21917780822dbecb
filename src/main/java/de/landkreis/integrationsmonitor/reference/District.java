package de.landkreis.integrationsmonitor.reference;

/** The district and office the system works for, as texts and print headers name them. */
public record District(String name, String officeName) {
}
