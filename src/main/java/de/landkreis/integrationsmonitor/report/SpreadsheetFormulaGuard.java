package de.landkreis.integrationsmonitor.report;

/**
 * Keeps a CSV field from being run as a formula when the file is opened in a spreadsheet (CSV injection, OWASP):
 * a field beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, which the spreadsheet reads as "this is text". Workbooks need no guard: a string cell is never a
 * formula.
 */
final class SpreadsheetFormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetFormulaGuard() {
    }

    static String neutralised(String field) {
        if (field == null || field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0) {
            return field;
        }
        return "'" + field;
    }
}
