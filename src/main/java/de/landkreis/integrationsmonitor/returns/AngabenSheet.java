package de.landkreis.integrationsmonitor.returns;

import java.util.Map;

/**
 * The header block of a workbook: labels in column A, values in column B.
 *
 * @param location file and sheet
 * @param entries  each label found, with the row it is in and the value beside it (value null when B is empty)
 */
public record AngabenSheet(Location location, Map<Field, Entry> entries) {

    public record Entry(int row, CellValue value) {
    }

    /** Where the value of a label sits (column B), or the sheet when the label is missing. */
    public Location valueCell(Field field) {
        Entry entry = entries.get(field);
        return entry == null ? location : location.at(entry.row(), "B");
    }

    public String text(Field field) {
        Entry entry = entries.get(field);
        return entry == null || entry.value() == null ? "" : entry.value().trimmed();
    }
}
