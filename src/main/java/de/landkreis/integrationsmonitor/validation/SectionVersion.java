package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.time.LocalDate;
import java.util.List;

/**
 * One section of one municipality for one year as read from one file: the unit accepted or rejected.
 *
 * @param year      null when the Berichtsjahr could not be read (counts for no year's status)
 * @param stichtag  the reference date (31.12. unless the return gives another), null when the year is unknown
 * @param header    the section's header row, Kernthema or Funktion column: where K05 and P10 point
 * @param findings  every finding that belongs to this version, including shared ones (Angaben, K01 of a joint
 *                  file, D05)
 */
public record SectionVersion(String ags, Integer year, Section section, LocalDate stichtag, Location header,
                             List<StructureAnswer> answers, List<Position> positions, Contact contact,
                             List<Finding> findings) {

    /** Accepted unless a finding of severity FEHLER belongs to it (RETURNS.md §5). */
    public boolean accepted() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.FEHLER);
    }
}
