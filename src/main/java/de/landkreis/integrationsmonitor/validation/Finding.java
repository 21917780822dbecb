package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.Location;

/**
 * One finding: a rule broken at a place in a received file.
 *
 * @param message German text naming the municipality where it is known
 * @param value   the offending value as sent (may be empty)
 * @param ags     the municipality it concerns, null where none could be read
 */
public record Finding(Rule rule, Location location, String message, String value, String ags) {

    public Severity severity() {
        return rule.severity();
    }
}
