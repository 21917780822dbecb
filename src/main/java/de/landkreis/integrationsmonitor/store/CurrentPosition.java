package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A position of a current Personal version (RETURNS.md §6), as the district figures count it. {@code keine} rows
 * are not positions.
 *
 * @param ags            the reporting municipality
 * @param stichtag       the reference date of the return that reports it, from which fixed terms and vacancies are
 *                       measured (also for the shares of the municipalities it serves)
 * @param occupied       false only when the return says Besetzt = nein
 * @param vacantSince    Unbesetzt seit, or null
 * @param fixedTermUntil Befristet bis, or null (permanent)
 * @param funding        the distinct sources, empty = ohne Angabe
 * @param servedAgs      the municipalities it serves, the reporting one included, by AGS
 */
public record CurrentPosition(long id, String ags, LocalDate stichtag, PositionFunction function, double fte,
                              boolean occupied, LocalDate vacantSince, LocalDate fixedTermUntil,
                              Set<FundingSource> funding, List<String> servedAgs) {
}
