package de.landkreis.integrationsmonitor.returns;

/**
 * Where something is in a received file, as a person opening it in Excel sees it. {@code sheet} is null for CSV;
 * {@code row} (1-based) and {@code column} (letter) are null where a finding names the file or sheet only.
 */
public record Location(String file, String sheet, Integer row, String column) {

    public static Location ofFile(String file) {
        return new Location(file, null, null, null);
    }

    public static Location ofSheet(String file, String sheet) {
        return new Location(file, sheet, null, null);
    }

    public Location at(int row, String column) {
        return new Location(file, sheet, row, column);
    }

    /** The cell reference a person types into Excel's name box, e.g. {@code Personal!D7}; CSV: {@code D7}. */
    public String cellReference() {
        if (row == null || column == null) {
            return sheet == null ? "" : sheet;
        }
        String cell = column + row;
        if (sheet == null) {
            return cell;
        }
        boolean plain = sheet.matches("[A-Za-z0-9_]+");
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
    }
}
