package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.Severity;
import java.util.Map;

/**
 * The counts a person wants after a run.
 *
 * @param filesRead files of this run that were looked at (all registered files, lock files included)
 * @param filesKnown files in the inbox that earlier runs had already settled
 */
public record RunSummary(int filesRead, int accepted, int partlyAccepted, int rejected, int duplicates,
                         int notRead, int filesKnown, Map<Severity, Integer> findings) {

    public int findings(Severity severity) {
        return findings.getOrDefault(severity, 0);
    }
}
