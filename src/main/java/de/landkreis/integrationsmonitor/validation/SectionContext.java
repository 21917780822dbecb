package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.returns.SectionTable;
import java.time.LocalDate;

/**
 * What the section rules need to know about the version they check.
 *
 * @param year     null when unknown: year-dependent checks are left out
 * @param stichtag the effective reference date, null when the year is unknown
 */
record SectionContext(SectionTable table, Municipality municipality, Integer year, LocalDate stichtag) {
}
