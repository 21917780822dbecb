package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What the rules comparing returns (D04, K05, P09, P10) need to know about earlier ones; the store answers. */
public interface ReturnHistory {

    /** A stored section version as the comparing rules see it. */
    record StoredVersion(long id, String ags, Integer year, Section section, boolean accepted, long receiptNo,
                         String file, Location header) {
    }

    /** A stored position with where it was read. */
    record StoredPosition(StoredVersion version, Position position, Location functionCell) {
    }

    /** The file received before {@code receiptNo} whose content had the same checksum and was imported. */
    Optional<String> earlierFileWithContent(String sha256, long receiptNo);

    /** Every received version of a municipality, year and section, in receipt order. */
    List<StoredVersion> versionsOf(String ags, int year, Section section);

    /** The positions of the current Personal versions of a year that serve more than one municipality. */
    List<StoredPosition> currentSharedPositions(int year);

    /** The FTE of all positions of the current Personal version of a municipality and year, if there is one. */
    Optional<BigDecimal> currentOwnFte(String ags, int year);

    /** The FTE of all positions of one Personal version (shared ones at full FTE). */
    BigDecimal fteOf(long versionId);
}
