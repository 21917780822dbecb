package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.returns.Contact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose return a group of rows is and for which year, with the findings about that (K01–K04).
 *
 * @param municipality null when it could not be resolved (K01)
 * @param year         null when the Berichtsjahr could not be read (K03)
 * @param stichtag     null when the year is unknown or the date invalid
 */
record Identity(Municipality municipality, Integer year, LocalDate stichtag, Contact contact,
                List<Finding> findings) {

    boolean resolved() {
        return municipality != null;
    }

    /** The same identity spelled another way in the same table: its findings belong to the version too. */
    Identity withFindingsOf(Identity other) {
        List<Finding> both = new ArrayList<>(findings);
        both.addAll(other.findings);
        return new Identity(municipality, year, stichtag, contact, List.copyOf(both));
    }
}
