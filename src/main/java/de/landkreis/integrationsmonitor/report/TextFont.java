package de.landkreis.integrationsmonitor.report;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The text font of every workbook the office writes (reports, logs, forms, feedback): Arial 10. It exists on Windows
 * and has a metric twin on Debian (Liberation Sans), so fixed column widths and estimated row heights hold wherever a
 * workbook is printed or converted.
 */
public final class TextFont {

    public static final String NAME = "Arial";
    public static final int POINTS = 10;

    private TextFont() {
    }

    /**
     * Makes Arial 10 the workbook's default font (POI's is Calibri 11): empty cells, row heights and the unit of the
     * column widths follow it, and Calibri is missing on a Debian server, whose stand-in (DejaVu Sans) is far wider.
     */
    public static void useAsDefault(Workbook workbook) {
        Font base = workbook.getFontAt(0);
        base.setFontName(NAME);
        base.setFontHeightInPoints((short) POINTS);
    }

    public static Font create(Workbook workbook, boolean bold, int points) {
        return create(workbook, NAME, bold, points);
    }

    static Font create(Workbook workbook, String name, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
