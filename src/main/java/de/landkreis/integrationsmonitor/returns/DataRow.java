package de.landkreis.integrationsmonitor.returns;

import java.util.Map;

/** A data row of a section table: its row number as Excel shows it and its non-empty cells by field. */
public record DataRow(int row, Map<Field, CellValue> values) {

    public CellValue get(Field field) {
        return values.get(field);
    }

    /** The trimmed text of a field, empty when the cell is empty. */
    public String text(Field field) {
        CellValue value = values.get(field);
        return value == null ? "" : value.trimmed();
    }

    public boolean has(Field field) {
        CellValue value = values.get(field);
        return value != null && !value.isBlank();
    }
}
