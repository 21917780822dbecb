package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.Finding;

/**
 * A finding of a run together with one municipality it belongs to.
 *
 * @param ags     the municipality; null for a finding no municipality can be told about (D01–D03 before any
 *                AGS was read, a K01 that belongs to no section version)
 * @param receipt the order of receipt of the finding's file, then the order found within it
 */
public record MunicipalityFinding(String ags, Finding finding, long receipt, int seq) {
}
