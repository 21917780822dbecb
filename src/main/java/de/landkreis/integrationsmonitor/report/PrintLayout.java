package de.landkreis.integrationsmonitor.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every report sheet of the office prints (also the forms and feedback workbooks of {@code forms}): A4 landscape, one page wide and as many pages tall as needed, the header rows
 * repeated on each page, the office name and the title in the page header, page numbers in the footer.
 *
 * @param officeName the office as the page header names it, e.g. "Landratsamt Ravensburg – Amt für Migration und
 *                   Integration"
 */
public record PrintLayout(String officeName) {

    /** Excel's page-number codes in the footer text every report of the office prints. */
    static final String PAGE_FOOTER = "Seite &P von &N";

    /**
     * @param title      what the page header names on the right, e.g. "Prüfprotokoll vom 02.03.2026 06:00"
     * @param headerRows how many rows from the top are repeated on every printed page
     */
    public void applyTo(Sheet sheet, String title, int headerRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        // 0 pages tall means "as many as needed": only the width is fitted, long logs stay readable.
        setup.setFitHeight((short) 0);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
        sheet.getHeader().setLeft(literal(officeName));
        sheet.getHeader().setRight(literal(title));
        sheet.getFooter().setCenter(PAGE_FOOTER);
    }

    // In page headers "&" starts a code (&P, &N, &B …); a literal ampersand is written twice.
    private static String literal(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
