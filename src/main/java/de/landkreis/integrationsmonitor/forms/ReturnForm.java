package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.util.List;

/**
 * What one return form holds.
 *
 * @param municipality null for the blank form
 * @param year         the Berichtsjahr the form asks about
 * @param topics       the core topics valid in that year, in the order of the guidelines
 * @param answers      the answers of the current Strukturen version of the year before (empty when none)
 * @param positions    the positions of the current Personal version of the year before (empty when none)
 */
record ReturnForm(Municipality municipality, int year, List<CoreTopic> topics, List<StructureAnswer> answers,
                  List<Position> positions) {

    boolean blank() {
        return municipality == null;
    }
}
