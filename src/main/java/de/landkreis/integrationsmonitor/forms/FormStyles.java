package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.report.TextFont;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a return form, created once per workbook. Input cells are unlocked and light yellow, so
 * a person sees where to type and the sheet protection lets her type only there. Number formats are stored in
 * Excel's neutral notation; Excel and LibreOffice show them German ({@code 0,5}, {@code 31.12.2025}).
 *
 * @param title      a sheet's title line
 * @param header     column titles and Angaben labels, locked
 * @param fixed      given text a person reads but does not change (Kernthema, its explanation)
 * @param fixedYear  the given Berichtsjahr
 * @param inputText  a text input; format {@code @} so that {@code 0,5} typed into a remark stays text
 * @param inputDate  a date input, shown {@code TT.MM.JJJJ}
 * @param inputFte   a VZÄ input: up to four decimals, as the store keeps them
 * @param inputWhole a whole-number input (Angebote)
 * @param note       wrapped instructions
 */
record FormStyles(CellStyle title, CellStyle header, CellStyle fixed, CellStyle fixedYear, CellStyle inputText, CellStyle inputDate, CellStyle inputFte, CellStyle inputWhole,
                  CellStyle note) {

    static final String DATE_FORMAT = "DD.MM.YYYY";

    /** The height of a row holding a 14-point title. */
    static final float TITLE_ROW_POINTS = 20;

    static FormStyles createIn(Workbook workbook) {
        TextFont.useAsDefault(workbook);
        Font bold = TextFont.create(workbook, true, TextFont.POINTS);
        Font large = TextFont.create(workbook, true, 14);

        CellStyle title = workbook.createCellStyle();
        title.setFont(large);

        CellStyle header = locked(workbook, "@");
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        CellStyle fixed = locked(workbook, "@");
        fixed.setWrapText(true);
        CellStyle note = locked(workbook, "@");
        note.setWrapText(true);

        CellStyle inputText = input(workbook, "@");
        inputText.setWrapText(true);
        return new FormStyles(title, header, fixed, locked(workbook, "0"), inputText,
                input(workbook, DATE_FORMAT), input(workbook, "0.0###"), input(workbook, "0"), note);
    }

    private static CellStyle locked(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setLocked(true);
        return style;
    }

    /** Like {@link #locked}, but open for input and marked as such: light yellow with a hair border. */
    private static CellStyle input(Workbook workbook, String format) {
        CellStyle style = locked(workbook, format);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBorderTop(BorderStyle.HAIR);
        style.setBorderLeft(BorderStyle.HAIR);
        style.setBorderRight(BorderStyle.HAIR);
        return style;
    }
}
