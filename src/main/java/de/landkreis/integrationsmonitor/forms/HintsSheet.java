package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.report.PrintLayout;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheet {@code Hinweise}: how to fill in the form, in a few German sentences. Written as sentences, never as
 * a label in column A, so the import does not take it for an Angaben sheet.
 */
final class HintsSheet {

    private static final int HINT_LINES = 7;
    /**
     * Narrower than an A4 portrait page also where LibreOffice stands in DejaVu Sans for Arial: its fit to one
     * page wide never shrinks a single column, so a wider one is cut off at the right edge of the paper.
     */
    private static final int TEXT_WIDTH = 80;

    private HintsSheet() {
    }

    static void write(Workbook workbook, ReturnForm form, FormStyles styles, FormTexts texts, PrintLayout print) {
        FormSheet sheet = new FormSheet(workbook.createSheet(texts.text("forms.sheet.hints")));
        sheet.widths(TEXT_WIDTH);
        int row = 0;
        sheet.put(row++, 0, texts.text("forms.hints.title", String.valueOf(form.year())), styles.title());
        row++;
        String intro = form.blank() ? texts.text("forms.hints.blank")
                : texts.text("forms.hints.prefilled", String.valueOf(form.year() - 1));
        sheet.put(row++, 0, intro, styles.note());
        row++;
        for (int i = 1; i <= HINT_LINES; i++) {
            sheet.put(row++, 0, texts.text("forms.hints." + i), styles.note());
        }
        row++;
        sheet.put(row, 0, texts.text("forms.hints.contact", print.officeName()), styles.note());
        for (int i = 0; i <= row; i++) {
            sheet.fitHeight(i);
        }
        print.applyToPortrait(sheet.sheet(), texts.text("forms.sheet.hints"), 1);
        sheet.sheet().getRow(0).setHeightInPoints(FormStyles.TITLE_ROW_POINTS);
        // Sentences, not a table: printed without the grid.
        sheet.sheet().setPrintGridlines(false);
        FormProtection.protect(sheet.sheet());
    }
}
