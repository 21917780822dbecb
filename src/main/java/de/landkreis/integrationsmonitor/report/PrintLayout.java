package de.landkreis.integrationsmonitor.report;

import java.util.Locale;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.context.MessageSource;

/**
 * How every report sheet of the office prints (also the forms and feedback workbooks): A4 landscape, one page wide,
 * the header rows repeated on each page, the office name and the title in the page header, page numbers in the
 * footer.
 *
 * @param officeName  the office as the page header names it, e.g. "Landratsamt Ravensburg – Amt für Migration und
 *                    Integration"
 * @param pageFooter  the page numbers in the middle of the footer, with Excel's codes: "Seite &amp;P von &amp;N"
 * @param footerRight printed at the right of the footer, e.g. the Datenstand; null for none
 * @param gridlines   whether the sheet's gridlines print (the log) or only the tables' own borders (reports)
 * @param onePageTall whether the sheet is also fitted to one page tall instead of as many pages as needed
 */
public record PrintLayout(String officeName, String pageFooter, String footerRight, boolean gridlines,
                          boolean onePageTall) {
    /** Left and right margin in inches (Excel's default is 0.7): wide tables then print a little larger. */
    private static final double SIDE_MARGIN = 0.5;
    /** Header code for 9-point text. */
    private static final String SMALL = "&9";

    /** The validation log's layout (also the forms'): gridlines printed, as many pages tall as needed. */
    public static PrintLayout withGridlines(String officeName, MessageSource messages) {
        return new PrintLayout(officeName, pageFooter(messages), null, true, false);
    }

    /** A printed report's layout (also the feedback workbooks'): table borders instead of gridlines. */
    public static PrintLayout forReport(String officeName, MessageSource messages) {
        return new PrintLayout(officeName, pageFooter(messages), null, false, false);
    }

    private static String pageFooter(MessageSource messages) {
        return messages.getMessage("print.pageFooter", null, Locale.GERMANY);
    }

    /** @param text printed at the right of the footer, e.g. the Datenstand of the run */
    PrintLayout withFooterRight(String text) {
        return new PrintLayout(officeName, pageFooter, text, gridlines, onePageTall);
    }

    PrintLayout onOnePage() {
        return new PrintLayout(officeName, pageFooter, footerRight, gridlines, true);
    }

    /**
     * @param title      what the page header names on the right, e.g. "Prüfprotokoll vom 02.03.2026 06:00"
     * @param headerRows how many rows from the top are repeated on every printed page (0 for none)
     */
    public void applyTo(Sheet sheet, String title, int headerRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        // 0 pages tall means "as many as needed": only the width is fitted, long tables stay readable.
        setup.setFitHeight((short) (onePageTall ? 1 : 0));
        sheet.setPrintGridlines(gridlines);
        sheet.setHorizontallyCenter(!gridlines);
        if (headerRows > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
        }
        sheet.getHeader().setLeft(literal(officeName));
        sheet.getHeader().setRight(literal(title));
        sheet.getFooter().setCenter(pageFooter);
        if (footerRight != null) {
            sheet.getFooter().setRight(literal(footerRight));
        }
    }

    /**
     * Like {@link #applyTo(Sheet, String, int)}, but A4 portrait (a short form sheet), with the page header in 9
     * points so that the office name and the title fit side by side on the narrower page.
     */
    public void applyToPortrait(Sheet sheet, String title, int headerRows) {
        applyTo(sheet, title, headerRows);
        sheet.getPrintSetup().setLandscape(false);
        sheet.getHeader().setLeft(SMALL + literal(officeName));
        sheet.getHeader().setRight(SMALL + literal(title));
    }

    // In page headers "&" starts a code (&P, &N, &B …); a literal ampersand is written twice.
    private static String literal(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
