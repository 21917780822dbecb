package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.CheckedFile;

/** The item written by the import step: a registered file and what checking it gave. */
record ImportedFile(ReceivedFile file, CheckedFile checked) {
}
