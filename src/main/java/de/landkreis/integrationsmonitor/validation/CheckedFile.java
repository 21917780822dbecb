package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.FileFormat;

/**
 * A received file after it was checked.
 *
 * @param sha256 the checksum of its content, null when it was not read (D06)
 * @param format null when it was not read or its type is not supported
 */
public record CheckedFile(String sha256, FileFormat format, FileOutcome outcome, ValidatedFile validated) {
}
