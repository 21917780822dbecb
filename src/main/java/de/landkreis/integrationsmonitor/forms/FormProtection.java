package de.landkreis.integrationsmonitor.forms;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection of a form: only unlocked cells (the yellow input cells) take input. No password: the
 * protection guides a person, it is no security, and an analyst may have to lift it; column widths and row
 * heights stay adjustable so long remarks can be read.
 */
final class FormProtection {

    private FormProtection() {
    }

    static void protect(Sheet sheet) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        xssf.enableLocking();
        xssf.lockFormatColumns(false);
        xssf.lockFormatRows(false);
        xssf.lockSelectLockedCells(false);
        xssf.lockSelectUnlockedCells(false);
    }
}
