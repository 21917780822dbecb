package de.landkreis.integrationsmonitor.returns;

import java.time.LocalDate;

/**
 * One non-empty cell as read. {@code text} is what a person sees in the cell (for a number cell its value as
 * German Excel formats it, for a date cell {@code dd.MM.yyyy}); {@code number} is set for numeric cells of a
 * workbook and for text that is a number ({@code '0,5}; in CSV under the file's decimal convention, see
 * {@link NumberText}); {@code date} only for cells Excel formats as a date ({@link DateText} reads the rest).
 */
public record CellValue(String text, Double number, LocalDate date) {

    public static CellValue text(String text) {
        return new CellValue(text, null, null);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    public String trimmed() {
        return text == null ? "" : text.strip();
    }
}
