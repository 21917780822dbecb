package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Every received version of a year with its year known, in receipt order. */
    List<StoredVersion> versionsOf(int year);

    /** The positions of the current Personal versions of a year that serve more than one municipality. */
    List<StoredPosition> currentSharedPositions(int year);

    /** Per AGS, the FTE of all positions of the current Personal version of the year, where there is one. */
    Map<String, BigDecimal> currentOwnFte(int year);

    /** Per version, the FTE of all its positions (shared ones at full FTE); versions without any are left out. */
    Map<Long, BigDecimal> fteOf(Collection<Long> versionIds);
}
