package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Section;

/**
 * A section version read in a run, as a municipality is told about it: which file, which section and year, and
 * whether it was accepted.
 *
 * @param year    null when the Berichtsjahr could not be read
 * @param receipt the order of receipt of the file
 */
public record ReceivedSection(String ags, String file, Section section, Integer year, boolean accepted,
                              long receipt) {
}
