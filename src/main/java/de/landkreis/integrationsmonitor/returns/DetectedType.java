package de.landkreis.integrationsmonitor.returns;

/** A readable file type found by content; files of any other type are rejected during detection. */
record DetectedType(FileFormat format, boolean macros) {
}
