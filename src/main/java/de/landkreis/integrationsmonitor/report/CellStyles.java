package de.landkreis.integrationsmonitor.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every report workbook uses, created once per workbook (a workbook holds at most 64,000 styles,
 * so one style per cell would break a large log).
 *
 * @param header      bold on grey, wrapped, with a line below: the column titles
 * @param text        text format ({@code @}), so Excel keeps what a person types into it as text
 * @param wrappedText text that wraps inside a fixed column width, for messages and explanations
 * @param wholeNumber a whole number such as a row number
 * @param decimal     two decimals; the format is stored as {@code 0.00} and Excel shows it German as {@code 0,00}
 */
record CellStyles(CellStyle header, CellStyle text, CellStyle wrappedText, CellStyle wholeNumber, CellStyle decimal) {

    static CellStyles createIn(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);

        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        CellStyle text = topAligned(workbook, "@");
        CellStyle wrappedText = topAligned(workbook, "@");
        wrappedText.setWrapText(true);

        return new CellStyles(header, text, wrappedText, topAligned(workbook, "0"), topAligned(workbook, "0.00"));
    }

    // Top alignment keeps a short cell level with the first line of a wrapped neighbour.
    private static CellStyle topAligned(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
