package de.landkreis.integrationsmonitor.returns;

/** The formats the import reads, decided by content. */
public enum FileFormat {
    XLSX, XLSM, XLS, ODS, CSV
}
