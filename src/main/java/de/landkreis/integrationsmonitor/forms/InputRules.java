package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.returns.Field;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The data validations of a form's input cells (Excel: Daten › Datenüberprüfung), each with an input message
 * explaining what the column asks. Closed lists stop a wrong value; lists of multi-value columns only warn, so
 * {@code Land-IM / Kommune} can still be typed. The limits follow the rules of RETURNS.md §5 (P02, S05, K04,
 * Z01), so a value Excel lets through is one the import accepts.
 */
final class InputRules {

    /** Excel refuses an input message title over 32 characters and a text over 255. */
    static final int MAX_PROMPT_TITLE = 32;
    static final int MAX_PROMPT_TEXT = 255;

    /** The smallest VZÄ the store keeps (four decimals); "over 0" in Excel's terms. */
    private static final String SMALLEST_FTE = "0.0001";
    private static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final Sheet sheet;
    private final DataValidationHelper helper;
    private final FormTexts texts;

    InputRules(Sheet sheet, FormTexts texts) {
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
        this.texts = texts;
    }

    /** The input cells of one column: below its header row down to {@code lastRow}. */
    static CellRangeAddressList column(int column, int lastRow) {
        return new CellRangeAddressList(1, lastRow, column, column);
    }

    /** A closed list: only its values are accepted. */
    void list(Field field, FormList list, CellRangeAddressList cells) {
        add(field, helper.createFormulaListConstraint(list.rangeName()), cells,
                DataValidation.ErrorStyle.STOP, texts.text("forms.error.list"));
    }

    /** A list that only warns: several values separated by {@code /} or {@code ,} or a name after a colon. */
    void openList(Field field, FormList list, CellRangeAddressList cells) {
        add(field, helper.createFormulaListConstraint(list.rangeName()), cells,
                DataValidation.ErrorStyle.WARNING, texts.text("forms.error.multiList"));
    }

    /** VZÄ: a number over 0 up to 1 (rule P02). */
    void fte(Field field, CellRangeAddressList cells) {
        add(field, helper.createDecimalConstraint(OperatorType.BETWEEN, SMALLEST_FTE, "1"), cells,
                DataValidation.ErrorStyle.STOP, texts.text("forms.error.VZAE"));
    }

    /** Angebote: a whole number of at least 0 (rule S05). */
    void wholeNumber(Field field, CellRangeAddressList cells) {
        add(field, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), cells,
                DataValidation.ErrorStyle.STOP, texts.text("forms.error.ANGEBOTE"));
    }

    /** The Berichtsjahr of the form and no other (rule K03). */
    void year(Field field, CellRangeAddressList cells, int year) {
        add(field, helper.createIntegerConstraint(OperatorType.EQUAL, String.valueOf(year), null), cells,
                DataValidation.ErrorStyle.STOP, texts.text("forms.error.list"));
    }

    /** Any plausible date. */
    void date(Field field, CellRangeAddressList cells) {
        date(field, cells, FIRST_DATE, LAST_DATE, texts.text("forms.error.date"));
    }

    /** A date inside the Berichtsjahr (rule K04). */
    void dateInYear(Field field, CellRangeAddressList cells, int year) {
        date(field, cells, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                texts.text("forms.error.STICHTAG", String.valueOf(year)));
    }

    /** Free text up to a length (rule Z01 for remarks; the column sizes of the store for contact data). */
    void text(Field field, CellRangeAddressList cells, int maxLength) {
        add(field, helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(maxLength), null),
                cells, DataValidation.ErrorStyle.STOP, texts.text("forms.error.text", maxLength));
    }

    private void date(Field field, CellRangeAddressList cells, LocalDate from, LocalDate to, String error) {
        // Serial numbers: a DATE() formula would be stored as typed and read differently by localised Excels.
        add(field, helper.createDateConstraint(OperatorType.BETWEEN, serial(from), serial(to), FormStyles.DATE_FORMAT),
                cells, DataValidation.ErrorStyle.STOP, error);
    }

    private void add(Field field, DataValidationConstraint constraint, CellRangeAddressList cells, int errorStyle,
                     String error) {
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(errorStyle);
        validation.setShowErrorBox(true);
        validation.createErrorBox(texts.text("forms.error.title"), error);
        validation.setShowPromptBox(true);
        validation.createPromptBox(texts.text("forms.prompt." + field.name() + ".title"),
                texts.text("forms.prompt." + field.name() + ".text"));
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            // XSSF quirk: "suppress" writes showDropDown=false, which is what makes Excel show the arrow.
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private static String serial(LocalDate date) {
        return String.valueOf((long) DateUtil.getExcelDate(date));
    }
}
