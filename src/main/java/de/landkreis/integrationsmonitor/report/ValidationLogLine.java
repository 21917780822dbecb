package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.validation.Finding;
import java.util.List;

/**
 * One finding as a line of the validation log, in the order of {@link #COLUMNS}. Texts are never null; an unknown
 * sheet, column or value is empty, an unknown row is null.
 */
record ValidationLogLine(String file, String sheet, Integer row, String column, String rule, String severity,
        String message, String value) {

    /**
     * The column titles of the log, in CSV and workbook alike. A constant rather than a message: other tools read
     * the CSV by exactly these names, so they must not change with a translation.
     */
    static final List<String> COLUMNS =
            List.of("Datei", "Blatt", "Zeile", "Spalte", "Regel", "Schweregrad", "Meldung", "Wert");

    static ValidationLogLine of(Finding finding) {
        Location location = finding.location();
        return new ValidationLogLine(
                orEmpty(location.file()),
                orEmpty(location.sheet()),
                location.row(),
                orEmpty(location.column()),
                finding.rule().code(),
                finding.severity().name(),
                orEmpty(finding.message()),
                orEmpty(finding.value()));
    }

    /** The line as the CSV's fields, the row number as plain digits. */
    String[] fields() {
        return new String[] {file, sheet, row == null ? "" : row.toString(), column, rule, severity, message, value};
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
