package de.landkreis.integrationsmonitor.returns;

import java.util.List;
import java.util.Map;

/**
 * A table recognised by its header row: one per sheet of a workbook, one per CSV file.
 *
 * @param location  file and sheet (sheet null for CSV), row = the header row, column null
 * @param columns   the column letter of each field the header names
 * @param rows      the data rows below the header that have at least one non-empty cell
 */
public record SectionTable(Location location, Section section, Map<Field, String> columns, List<DataRow> rows) {

    public int headerRow() {
        return location.row();
    }

    public String column(Field field) {
        return columns.get(field);
    }

    /** Where a field of a data row sits in the file; the column is null when the header lacks the field. */
    public Location cell(int row, Field field) {
        return location.at(row, columns.get(field));
    }
}
