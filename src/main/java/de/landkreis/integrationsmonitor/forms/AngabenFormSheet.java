package de.landkreis.integrationsmonitor.forms;

import static de.landkreis.integrationsmonitor.returns.Field.AGS;
import static de.landkreis.integrationsmonitor.returns.Field.AUSGEFUELLT_VON;
import static de.landkreis.integrationsmonitor.returns.Field.BERICHTSJAHR;
import static de.landkreis.integrationsmonitor.returns.Field.DATUM;
import static de.landkreis.integrationsmonitor.returns.Field.EMAIL;
import static de.landkreis.integrationsmonitor.returns.Field.GEMEINDE;
import static de.landkreis.integrationsmonitor.returns.Field.STICHTAG;
import static de.landkreis.integrationsmonitor.returns.Field.TELEFON;

import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.returns.Field;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The sheet {@code Angaben} (RETURNS.md §2): labels in column A, values in column B. AGS, Gemeinde and
 * Berichtsjahr are given and locked in a prefilled form; the blank form asks for the Gemeinde (from the list) or
 * the AGS. The Stichtag is preset to 31.12. and may be changed within the year. Contact data is never prefilled:
 * it may have changed and it is personal data.
 */
final class AngabenFormSheet {

    static final List<Field> LABELS = List.of(AGS, GEMEINDE, BERICHTSJAHR, STICHTAG, AUSGEFUELLT_VON, EMAIL, TELEFON,
            DATUM);
    /** Row index (0-based) of the first label; row 1 holds the title. */
    static final int FIRST_LABEL_ROW = 2;
    private static final int VALUE_COLUMN = 1;

    private AngabenFormSheet() {
    }

    static void write(Workbook workbook, ReturnForm form, FormStyles styles, FormTexts texts, PrintLayout print) {
        FormSheet sheet = new FormSheet(workbook.createSheet(texts.text("forms.sheet.angaben")));
        sheet.widths(28, 40);
        String year = String.valueOf(form.year());
        sheet.put(0, 0, form.blank() ? texts.text("forms.angaben.blankTitle", year)
                : texts.text("forms.angaben.title", year, form.municipality().name()), styles.title());
        InputRules rules = new InputRules(sheet.sheet(), texts);
        for (int i = 0; i < LABELS.size(); i++) {
            Field field = LABELS.get(i);
            int row = FIRST_LABEL_ROW + i;
            sheet.put(row, 0, texts.label(field), styles.header());
            CellRangeAddressList cell = new CellRangeAddressList(row, row, VALUE_COLUMN, VALUE_COLUMN);
            switch (field) {
                case AGS -> {
                    sheet.put(row, VALUE_COLUMN, form.blank() ? null : form.municipality().ags(),
                            form.blank() ? styles.inputText() : styles.fixed());
                    rules.text(field, cell, 12);
                }
                case GEMEINDE -> {
                    sheet.put(row, VALUE_COLUMN, form.blank() ? null : form.municipality().name(),
                            form.blank() ? styles.inputText() : styles.fixed());
                    rules.list(field, FormList.MUNICIPALITY, cell);
                }
                case BERICHTSJAHR -> {
                    sheet.put(row, VALUE_COLUMN, form.year(), styles.fixedYear());
                    rules.year(field, cell, form.year());
                }
                case STICHTAG -> {
                    sheet.put(row, VALUE_COLUMN, LocalDate.of(form.year(), 12, 31), styles.inputDate());
                    rules.dateInYear(field, cell, form.year());
                }
                case DATUM -> {
                    sheet.put(row, VALUE_COLUMN, null, styles.inputDate());
                    rules.date(field, cell);
                }
                case TELEFON -> {
                    sheet.put(row, VALUE_COLUMN, null, styles.inputText());
                    rules.text(field, cell, 100);
                }
                default -> {
                    sheet.put(row, VALUE_COLUMN, null, styles.inputText());
                    rules.text(field, cell, 200);
                }
            }
        }
        print.applyToPortrait(sheet.sheet(), title(form, texts), 1);
        sheet.sheet().getRow(0).setHeightInPoints(FormStyles.TITLE_ROW_POINTS);
        FormProtection.protect(sheet.sheet());
    }

    static String title(ReturnForm form, FormTexts texts) {
        String year = String.valueOf(form.year());
        return form.blank() ? texts.text("forms.title.blank", year)
                : texts.text("forms.title.prefilled", year, form.municipality().label());
    }
}
