package de.landkreis.integrationsmonitor.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every report workbook uses, created once per workbook (a workbook holds at most 64,000 styles,
 * so one style per cell would break a large log). Number formats are stored in Excel's neutral notation
 * ({@code 0.00}); Excel and LibreOffice show them German ({@code 0,50}) on a German system.
 *
 * @param header      bold on grey, wrapped: the column titles
 * @param text        text format ({@code @}), so Excel keeps what a person types into it as text
 * @param wrappedText text that wraps inside a fixed column width, for messages and explanations
 * @param wholeNumber a whole number such as a row number
 * @param decimal     two decimals, e.g. FTE
 * @param count       a whole number with thousands separator, e.g. inhabitants
 * @param percent     a share as percent with one decimal
 * @param fteChange   a signed change with two decimals (FTE to the previous year)
 * @param pointChange a signed change in percentage points with one decimal
 * @param wholeChange a signed change of a whole number (offers to the previous year)
 * @param sign        a centred coverage sign ({@code ● ◐ ○ .})
 * @param centred     a centred short word ({@code ja}, {@code nein}, {@code .})
 * @param dateTime    a date and time, e.g. when a return was imported
 * @param totalLabel  the bold label of a total row
 * @param title       the large bold title of a sheet
 * @param plain       free text outside a table, without borders
 * @param emphasis    bold free text outside a table: a sheet's key sentence or a caption
 */
record CellStyles(CellStyle header, CellStyle text, CellStyle wrappedText, CellStyle wholeNumber, CellStyle decimal,
                  CellStyle count, CellStyle percent, CellStyle fteChange, CellStyle pointChange,
                  CellStyle wholeChange, CellStyle sign, CellStyle centred, CellStyle dateTime, CellStyle totalLabel,
                  CellStyle title, CellStyle plain, CellStyle emphasis) {

    /**
     * The font of the coverage signs. Arial lacks ◐ (U+25D0); Segoe UI Symbol has ●◐○ on every Windows since 7, and
     * on Debian fontconfig substitutes DejaVu Sans (fonts-dejavu-core), which has all three too.
     */
    static final String SIGN_FONT = "Segoe UI Symbol";

    /** The look of the validation log: Arial, no borders (gridlines are printed). */
    static CellStyles createIn(Workbook workbook) {
        return create(workbook, false);
    }

    /** The look of the committee report and the reminder list: Arial, thin borders on every table cell. */
    static CellStyles forPrintedTables(Workbook workbook) {
        return create(workbook, true);
    }

    private static CellStyles create(Workbook workbook, boolean borders) {
        TextFont.useAsDefault(workbook);
        Font regular = TextFont.create(workbook, false, TextFont.POINTS);
        Font bold = TextFont.create(workbook, true, TextFont.POINTS);
        Font large = TextFont.create(workbook, true, 14);
        Font signs = TextFont.create(workbook, SIGN_FONT, false, TextFont.POINTS);
        Styler styler = new Styler(workbook, borders);

        CellStyle header = styler.style("@", bold, HorizontalAlignment.GENERAL);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        CellStyle wrappedText = styler.style("@", regular, HorizontalAlignment.GENERAL);
        wrappedText.setWrapText(true);
        CellStyle plain = workbook.createCellStyle();
        plain.setFont(regular);
        CellStyle title = workbook.createCellStyle();
        title.setFont(large);
        CellStyle emphasis = workbook.createCellStyle();
        emphasis.setFont(bold);

        return new CellStyles(header,
                styler.style("@", regular, HorizontalAlignment.GENERAL),
                wrappedText,
                styler.style("0", regular, HorizontalAlignment.RIGHT),
                styler.style("0.00", regular, HorizontalAlignment.RIGHT),
                styler.style("#,##0", regular, HorizontalAlignment.RIGHT),
                styler.style("0.0%", regular, HorizontalAlignment.RIGHT),
                styler.style("+0.00;-0.00;0.00", regular, HorizontalAlignment.RIGHT),
                styler.style("+0.0;-0.0;0.0", regular, HorizontalAlignment.RIGHT),
                styler.style("+0;-0;0", regular, HorizontalAlignment.RIGHT),
                styler.style("@", signs, HorizontalAlignment.CENTER),
                styler.style("@", regular, HorizontalAlignment.CENTER),
                styler.style("dd.mm.yyyy hh:mm", regular, HorizontalAlignment.RIGHT),
                styler.style("@", bold, HorizontalAlignment.GENERAL),
                title, plain, emphasis);
    }

    private record Styler(Workbook workbook, boolean borders) {

        // Top alignment keeps a short cell level with the first line of a wrapped neighbour. Numbers align right
        // explicitly, so a "." or "x" (DIN 55301) in a number column lines up with the numbers.
        CellStyle style(String format, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setAlignment(alignment);
            style.setFont(font);
            if (borders) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
